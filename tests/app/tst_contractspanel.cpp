#include "contracts/contractspanel.h"
#include "domain/timeformat.h"

#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTest>

using namespace Signalbox;
using namespace Qt::StringLiterals;

namespace {

constexpr EpochMs Now = 1'760'000'000'000;
constexpr qint64 Minute = 60'000;

ContractVerification verification(const QString &consumer, const QString &consumerVersion,
                                  const QString &provider, const QString &providerVersion,
                                  VerificationResult result, EpochMs at, const QString &url)
{
    ContractVerification v;
    v.externalId = consumer + provider + consumerVersion + providerVersion;
    v.consumer = consumer;
    v.consumerVersion = consumerVersion;
    v.provider = provider;
    v.providerVersion = providerVersion;
    v.result = result;
    v.verifiedAt = at;
    v.url = url;
    return v;
}

ServiceDetails checkoutDetails()
{
    ServiceDetails details;
    details.service.name = u"checkout"_s;
    details.contracts = {
        {u"checkout"_s, u"fraud"_s, {}},
        {u"checkout"_s,
         u"payments"_s,
         {verification(u"checkout"_s, u"2.1.0"_s, u"payments"_s, u"5.2.0"_s,
                       VerificationResult::Failed, Now - 120 * Minute,
                       u"https://broker.example.com/verification-results/7"_s),
          verification(u"checkout"_s, u"2.0.0"_s, u"payments"_s, u"5.2.0"_s,
                       VerificationResult::Success, Now - 26 * 60 * Minute,
                       u"https://broker.example.com/verification-results/3"_s)}},
        {u"web"_s,
         u"checkout"_s,
         {verification(u"web"_s, u"1.0.0"_s, u"checkout"_s, u"2.1.0"_s, VerificationResult::Success,
                       Now - 30 * Minute, u"javascript:alert(1)"_s)}},
    };
    details.knownVersions = {u"2.1.0"_s, u"2.0.0"_s};
    details.knownEnvironments = {u"dev"_s, u"production"_s, u"staging"_s};
    return details;
}

QStringList rows(const QTableWidget *table, int columns)
{
    QStringList lines;
    for (int row = 0; row < table->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < columns; ++column)
            cells.append(table->item(row, column)->text());
        lines.append(cells.join(u" | "_s));
    }
    return lines;
}

} // namespace

class UrlCatcher : public QObject
{
    Q_OBJECT

public:
    QList<QUrl> opened;

public Q_SLOTS:
    void openUrl(const QUrl &url) { opened.append(url); }
};

// The Contracts tab as a person uses it: the rows and their order for one service, the empty
// state, opening a verification, and can-i-deploy's request, answer and disabled state.
class TestContractsPanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        m_panel = std::make_unique<ContractsPanel>();
        m_panel->resize(900, 700);
        m_panel->show();
        QVERIFY(QTest::qWaitForWindowActive(m_panel.get()));
    }

    void cleanup()
    {
        QDesktopServices::unsetUrlHandler(u"https"_s);
        QDesktopServices::unsetUrlHandler(u"javascript"_s);
        m_catcher.opened.clear();
        m_panel.reset();
    }

    void rowsFailingFirstThenNewest()
    {
        m_panel->showDetails(checkoutDetails(), Now);
        const QTableWidget *table = m_panel->contractsTable();
        QVERIFY(table->isVisible());
        QVERIFY(!m_panel->emptyLabel()->isVisible());
        // The pair whose newest verification failed leads, its older passing row with it; then
        // the never-verified pact, which holds a deployment as a failure does; then the most
        // recently verified.
        QCOMPARE(rows(table, ContractsPanel::ColumnCount),
                 (QStringList {
                     u"consumes | payments | 2.1.0 | 5.2.0 | Failed | 2 h ago | "
                     "https://broker.example.com/verification-results/7"_s,
                     u"consumes | payments | 2.0.0 | 5.2.0 | Verified | 26 h ago | "
                     "https://broker.example.com/verification-results/3"_s,
                     u"consumes | fraud | — | — | Not verified | — | —"_s,
                     // Not a web address: never shown as a link, never opened.
                     u"provides to | web | 1.0.0 | 2.1.0 | Verified | 30 min ago | —"_s,
                 }));
        // Colour is never alone: every status has its word and an icon.
        QVERIFY(!table->item(0, ContractsPanel::StatusColumn)->icon().isNull());
        QCOMPARE(table->item(0, ContractsPanel::WhenColumn)->toolTip(),
                 formatLocalTime(Now - 120 * Minute));
        QCOMPARE(m_panel->versionCombo()->currentText(), u"2.1.0"_s);
        QCOMPARE(m_panel->versionCombo()->count(), 2);
        // Production is what people ask about most.
        QCOMPARE(m_panel->environmentCombo()->currentText(), u"production"_s);
    }

    void emptyStateSaysWhy()
    {
        ServiceDetails details;
        details.service.name = u"checkout"_s;
        m_panel->showDetails(details, Now);
        QVERIFY(!m_panel->contractsTable()->isVisible());
        QVERIFY(m_panel->emptyLabel()->isVisible());
        QCOMPARE(m_panel->emptyLabel()->text(),
                 u"No contracts are known for checkout. Add a Pact Broker source to see them."_s);
    }

    void returnOpensTheVerification()
    {
        UrlCatcher &catcher = m_catcher;
        QDesktopServices::setUrlHandler(u"https"_s, &catcher, "openUrl");
        QDesktopServices::setUrlHandler(u"javascript"_s, &catcher, "openUrl");
        m_panel->showDetails(checkoutDetails(), Now);
        QTableWidget *table = m_panel->contractsTable();
        table->setFocus();
        table->setCurrentCell(1, 0);
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(catcher.opened,
                 QList<QUrl> {QUrl(u"https://broker.example.com/verification-results/3"_s)});

        table->setCurrentCell(2, 0);
        QVERIFY(!m_panel->openVerificationAction()->isEnabled());
        QTest::keyClick(table, Qt::Key_Return);
        QCOMPARE(catcher.opened.size(), 1);

        table->setCurrentCell(0, 0);
        QVERIFY(m_panel->openVerificationAction()->isEnabled());
        m_panel->openVerificationAction()->trigger();
        QCOMPARE(catcher.opened.last(),
                 QUrl(u"https://broker.example.com/verification-results/7"_s));
    }

    void ctrlReturnAsksForTheChosenVersionAndEnvironment()
    {
        m_panel->showCanIDeployAvailable();
        m_panel->showDetails(checkoutDetails(), Now);
        QSignalSpy requested(m_panel.get(), &ContractsPanel::canIDeployRequested);
        m_panel->environmentCombo()->setCurrentText(u"staging"_s);
        // A version the cache has not seen can be typed.
        QLineEdit *edit = m_panel->versionCombo()->lineEdit();
        edit->setFocus();
        edit->selectAll();
        QTest::keyClicks(edit, u"2.2.0-rc.1"_s);
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first(), (QVariantList {u"checkout"_s, u"2.2.0-rc.1"_s, u"staging"_s}));
        QVERIFY(m_panel->isAsking());
        QVERIFY(!m_panel->checkButton()->isEnabled());
        QCOMPARE(m_panel->verdictLabel()->text(),
                 u"Asking whether checkout 2.2.0-rc.1 can be deployed to staging…"_s);
        // While asking, a second Ctrl+Return asks nothing more.
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.size(), 1);
    }

    void theAnswerIsShownVerbatim()
    {
        m_panel->showCanIDeployAvailable();
        m_panel->showDetails(checkoutDetails(), Now);
        m_panel->requestCanIDeploy();
        QVERIFY(m_panel->isAsking());

        CanIDeployAnswer answer;
        answer.deployable = false;
        // Markup in the broker's words stays text.
        answer.reason = u"The verification for the pact between version 2.1.0 of checkout and "
                        "the version of payments currently deployed to production (5.2.0) "
                        "failed <b>twice</b>"_s;
        answer.notices = {u"Computer says no ¯\\_(ツ)_/¯"_s, answer.reason};
        PactMatrixRow row;
        row.consumer = u"checkout"_s;
        row.consumerVersion = u"2.1.0"_s;
        row.provider = u"payments"_s;
        row.providerVersion = u"5.2.0"_s;
        row.verified = false;
        row.verifiedAt = Now - 120 * Minute;
        PactMatrixRow ignored = row;
        ignored.provider = u"fraud"_s;
        ignored.providerVersion.clear();
        ignored.verified.reset();
        ignored.ignored = true;
        answer.matrix = {row, ignored};
        m_panel->showCanIDeployAnswer(answer);

        QVERIFY(!m_panel->isAsking());
        QVERIFY(m_panel->checkButton()->isEnabled());
        QCOMPARE(m_panel->verdictLabel()->text(),
                 u"No: the Pact Broker does not allow checkout 2.1.0 to production."_s);
        QCOMPARE(m_panel->reasonLabel()->text(), answer.reason);
        QCOMPARE(m_panel->reasonLabel()->textFormat(), Qt::PlainText);
        // The reason is not repeated among the notices.
        QCOMPARE(m_panel->noticesLabel()->text(), u"Computer says no ¯\\_(ツ)_/¯"_s);
        QCOMPARE(rows(m_panel->matrixTable(), 5),
                 (QStringList {u"checkout | 2.1.0 | payments | 5.2.0 | Failed"_s,
                               u"checkout | 2.1.0 | fraud | — | Not verified (ignored)"_s}));

        // An error is an unknown that says the broker was not reached, with its message.
        m_panel->requestCanIDeploy();
        CanIDeployAnswer failed;
        failed.error = u"http://127.0.0.1:1/can-i-deploy?pacticipant=checkout could not be "
                       "reached"_s;
        m_panel->showCanIDeployAnswer(failed);
        QCOMPARE(m_panel->verdictLabel()->text(),
                 u"Unknown: the Pact Broker could not be asked about checkout 2.1.0 to "
                 "production."_s);
        QCOMPARE(m_panel->reasonLabel()->text(), failed.error);
        QVERIFY(!m_panel->matrixTable()->isVisible());

        m_panel->requestCanIDeploy();
        CanIDeployAnswer yes;
        yes.deployable = true;
        yes.reason = u"All required verification results are published and successful"_s;
        m_panel->showCanIDeployAnswer(yes);
        QCOMPARE(m_panel->verdictLabel()->text(),
                 u"Yes: the Pact Broker allows checkout 2.1.0 to production."_s);
        QCOMPARE(m_panel->reasonLabel()->text(), yes.reason);
    }

    void anAnswerForAnotherServiceIsDropped()
    {
        m_panel->showCanIDeployAvailable();
        m_panel->showDetails(checkoutDetails(), Now);
        QSignalSpy cancelled(m_panel.get(), &ContractsPanel::canIDeployCancelled);
        m_panel->requestCanIDeploy();
        ServiceDetails other;
        other.service.name = u"payments"_s;
        m_panel->showDetails(other, Now);
        QCOMPARE(cancelled.size(), 1);
        CanIDeployAnswer late;
        late.deployable = true;
        late.reason = u"about checkout"_s;
        m_panel->showCanIDeployAnswer(late);
        QCOMPARE(m_panel->verdictLabel()->text(), QString());
        QCOMPARE(m_panel->reasonLabel()->text(), QString());
    }

    void unavailableDisablesTheCheckWithTheReason()
    {
        const QString reason = u"The workspace has no pact-broker source to ask."_s;
        m_panel->showCanIDeployUnavailable(reason);
        m_panel->showDetails(checkoutDetails(), Now);
        QSignalSpy requested(m_panel.get(), &ContractsPanel::canIDeployRequested);
        QVERIFY(!m_panel->checkButton()->isEnabled());
        QVERIFY(m_panel->availabilityLabel()->isVisible());
        QCOMPARE(m_panel->availabilityLabel()->text(), reason);
        QLineEdit *edit = m_panel->versionCombo()->lineEdit();
        edit->setFocus();
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.size(), 0);

        m_panel->showCanIDeployAvailable();
        QVERIFY(m_panel->checkButton()->isEnabled());
        QVERIFY(!m_panel->availabilityLabel()->isVisible());
        QTest::keyClick(edit, Qt::Key_Return, Qt::ControlModifier);
        QCOMPARE(requested.size(), 1);
        QCOMPARE(requested.first(), (QVariantList {u"checkout"_s, u"2.1.0"_s, u"production"_s}));
    }

private:
    std::unique_ptr<ContractsPanel> m_panel;
    UrlCatcher m_catcher; // outlives every test, so a handler is never left dangling
};

QTEST_MAIN(TestContractsPanel)
#include "tst_contractspanel.moc"
