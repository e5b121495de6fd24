#include "discoveryyaml.h"

namespace Signalbox {

Q_LOGGING_CATEGORY(lcDiscovery, "signalbox.discovery", QtWarningMsg)

Evidence evidenceAt(const SourceFile &file, int line)
{
    Evidence e {file.repository, file.path, line, {}};
    if (line <= 0)
        return e;
    qsizetype start = 0;
    for (int l = 1; l < line && start >= 0; ++l) {
        start = file.content.indexOf('\n', start);
        if (start >= 0)
            ++start;
    }
    if (start < 0)
        return e;
    qsizetype end = file.content.indexOf('\n', start);
    if (end < 0)
        end = file.content.size();
    e.text = QString::fromUtf8(file.content.mid(start, end - start)).trimmed();
    return e;
}

int lineOf(const YAML::Node &node)
{
    return node.Mark().line >= 0 ? node.Mark().line + 1 : 0;
}

ScanProblem yamlProblem(const SourceFile &file, const YAML::Exception &e)
{
    return {file.repository, file.path,
            DiscoveryTr::tr("invalid YAML at line %1: %2")
                .arg(e.mark.line + 1)
                .arg(QString::fromStdString(e.msg))};
}

} // namespace Signalbox
