// The team-lead PDF opened with poppler's pdftotext and pdfinfo: the verdict, the figures, the
// services, "not enough data", the charts' titles, page numbers on every page, more pages for a
// longer report, and a clear error for a path that cannot be written.
#include "teamleadsample.h"

#include "report/teamleadmarkdown.h"
#include "teamlead/teamleadpdf.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

QString run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(60000) || process.exitCode() != 0)
        return {};
    return QString::fromUtf8(process.readAllStandardOutput());
}

int pageCount(const QString &pdf)
{
    const QRegularExpression pages(u"^Pages:\\s+(\\d+)$"_s, QRegularExpression::MultilineOption);
    return pages.match(run(u"pdfinfo"_s, {pdf})).captured(1).toInt();
}

// The text with every run of white space made one space: a sentence may wrap anywhere.
QString flatText(const QString &pdf)
{
    return run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).simplified();
}

} // namespace

class TestTeamLeadPdf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void figuresAndSentences();
    void everyPageNumbered();
    void longReportTakesMorePages();
    void unwritablePathNamesIt();

private:
    QTemporaryDir m_dir;
};

void TestTeamLeadPdf::initTestCase()
{
    if (QStandardPaths::findExecutable(u"pdftotext"_s).isEmpty()
        || QStandardPaths::findExecutable(u"pdfinfo"_s).isEmpty())
        QSKIP("pdftotext and pdfinfo (poppler-utils) are not installed");
    QVERIFY(m_dir.isValid());
}

void TestTeamLeadPdf::figuresAndSentences()
{
    const TeamLeadReport report = Sample::report();
    const QString pdf = m_dir.filePath(u"report.pdf"_s);
    QString error;
    QVERIFY2(writeTeamLeadPdf(report, pdf, &error), qPrintable(error));
    QVERIFY(error.isEmpty());
    const QString text = flatText(pdf);
    QVERIFY(!text.isEmpty());

    QVERIFY(text.contains(u"Team lead report: Demo shop"_s));
    QVERIFY(text.contains(u"Window: 2026-01-05 to 2026-03-02"_s));
    QVERIFY2(text.contains(verdictSentence(report.checklist).simplified()), qPrintable(text));
    QVERIFY(text.contains(questionText(ChecklistQuestion::CrossServiceTestsBlock).simplified()));
    QVERIFY(text.contains(u"Deployment 1.4.2 waited 40 min on payments-tests."_s));
    // Overall median lead time 4 h; checkout's 5 h; 1 failed of 12 = 8 %; restore median 2 h.
    QVERIFY(text.contains(u"4 h 00 min (elite)"_s));
    QVERIFY(text.contains(u"5 h 00 min (elite)"_s));
    QVERIFY(text.contains(u"8 %, 1 of 12 (elite)"_s));
    QVERIFY(text.contains(u"2 h 00 min (high)"_s));
    QVERIFY(text.contains(u"legacy-billing not enough data not enough data not enough data not "
                          "enough data"_s));
    // Build times: search's median 22 min and p90 33 min; web has no queue time.
    QVERIFY(text.contains(u"search 12 22 min 00 s 33 min 00 s 6 min 00 s yes"_s));
    QVERIFY(text.contains(u"no queue data"_s));
    // The charts are drawn as text and lines, not pictures: their words are in the text.
    QVERIFY(text.contains(u"Lead time for changes: median 4 h 00 min"_s));
    QVERIFY(text.contains(u"Time to restore: median 2 h 00 min"_s));
    QVERIFY(text.contains(u"Run time per service"_s));
    QVERIFY(text.contains(u"Waiting in the queue and running"_s));
    QVERIFY(text.contains(u"web (no queue data)"_s));
    QVERIFY(text.contains(u"15-minute line"_s));
}

void TestTeamLeadPdf::everyPageNumbered()
{
    const QString pdf = m_dir.filePath(u"numbered.pdf"_s);
    QString error;
    QVERIFY2(writeTeamLeadPdf(Sample::report(), pdf, &error), qPrintable(error));
    const int pages = pageCount(pdf);
    // Text, then seven charts two to a page: at least five pages.
    QVERIFY2(pages >= 5, qPrintable(QString::number(pages)));
    const QStringList texts
        = run(u"pdftotext"_s, {u"-layout"_s, pdf, u"-"_s}).split(u'\f', Qt::SkipEmptyParts);
    QCOMPARE(texts.size(), pages);
    for (int i = 0; i < pages; ++i)
        QVERIFY2(texts[i].contains(u"Page %1 of %2"_s.arg(i + 1).arg(pages)), qPrintable(texts[i]));
}

void TestTeamLeadPdf::longReportTakesMorePages()
{
    const TeamLeadReport shortReport = Sample::report();
    TeamLeadReport longReport = shortReport;
    for (int i = 0; i < 120; ++i) {
        DoraMetrics m;
        m.service = u"service-%1"_s.arg(i, 3, 10, QLatin1Char('0'));
        longReport.dora.services.append(m);
    }
    const QString shortPdf = m_dir.filePath(u"short.pdf"_s);
    const QString longPdf = m_dir.filePath(u"long.pdf"_s);
    QString error;
    QVERIFY2(writeTeamLeadPdf(shortReport, shortPdf, &error), qPrintable(error));
    QVERIFY2(writeTeamLeadPdf(longReport, longPdf, &error), qPrintable(error));
    // 120 more table rows do not fit on the pages the short report uses.
    QVERIFY(pageCount(longPdf) > pageCount(shortPdf));
    const QString text = flatText(longPdf);
    // Every row made it, none cut at a page end; the table header is repeated on the next page.
    for (int i = 0; i < 120; ++i) {
        QVERIFY2(text.contains(u"service-%1 not enough data"_s.arg(i, 3, 10, QLatin1Char('0'))),
                 qPrintable(QString::number(i)));
    }
    // The DORA table runs over four pages (1 + 124 rows), each with the header row, and the
    // time-to-restore chart has its title: five times "Time to restore".
    QCOMPARE(text.count(u"Time to restore"_s), 5);
    QCOMPARE(flatText(shortPdf).count(u"Time to restore"_s), 2);
}

void TestTeamLeadPdf::unwritablePathNamesIt()
{
    const QString path = m_dir.filePath(u"missing-folder/report.pdf"_s);
    QString error;
    QVERIFY(!writeTeamLeadPdf(Sample::report(), path, &error));
    QVERIFY2(error.contains(QDir::toNativeSeparators(path)), qPrintable(error));
    QVERIFY(!QFile::exists(path));
}

QTEST_MAIN(TestTeamLeadPdf)
#include "tst_teamleadpdf.moc"
