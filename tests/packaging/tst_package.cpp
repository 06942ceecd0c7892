#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QString kAppId = QStringLiteral("io.github.digesteditor.DigestEditor");

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs a program to its end; stdout and stderr apart (a checker's warnings go to either).
Run run(const QString& program, const QStringList& arguments, const QString& folder = {},
        const QStringList& environment = {})
{
    QProcess process;
    process.setWorkingDirectory(folder);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const QString& assignment : environment)
        env.insert(assignment.section(u'=', 0, 0), assignment.section(u'=', 1));
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    if (!process.waitForFinished(240000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAllStandardOutput()),
            QString::fromUtf8(process.readAllStandardError())};
}

QString readText(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// A man page as a person reads it: plain ASCII, wide enough that no option is broken.
QString renderedManPage(const QString& gzPath)
{
    const Run man =
        run(QStringLiteral("man"),
            {QStringLiteral("-E"), QStringLiteral("ascii"), QStringLiteral("-l"), gzPath}, {},
            {QStringLiteral("MANWIDTH=200"), QStringLiteral("LC_ALL=C.UTF-8")});
    return man.exitCode == 0 ? man.out : QString();
}

// The text of one heading's part of a rendered page: from the heading line (its indent
// given) to the next line indented as little or less.
QString manSection(const QString& page, const QString& heading, int indent)
{
    const QStringList lines = page.split(u'\n');
    QString section;
    bool inside = false;
    for (const QString& line : lines) {
        const qsizetype leading = line.indexOf(QRegularExpression(QStringLiteral("\\S")));
        if (leading >= 0 && leading <= indent) {
            if (inside)
                break;
            inside = leading == indent && line.mid(leading).startsWith(heading);
        }
        if (inside)
            section += line + u'\n';
    }
    return section;
}

// The long options a program's --help lists, but Qt's own --help and --help-all.
QStringList longOptions(const QString& help)
{
    QStringList options;
    const QRegularExpression option(QStringLiteral("^\\s+(?:-\\w, )?(--[a-z][a-z-]*)"),
                                    QRegularExpression::MultilineOption);
    for (auto it = option.globalMatch(help); it.hasNext();) {
        const QString name = it.next().captured(1);
        if (name != u"--help" && name != u"--help-all")
            options.append(name);
    }
    return options;
}

// The names in a control field ("a (>= 1), b | c"), alternatives included.
QStringList packageNames(const QString& control, const QString& field)
{
    const QRegularExpression line(u'^' + field + QStringLiteral(": (.*)$"),
                                  QRegularExpression::MultilineOption);
    QStringList names;
    const QString value = line.match(control).captured(1);
    for (const QString& item : value.split(QRegularExpression(QStringLiteral("[,|]"))))
        names.append(item.trimmed().section(u' ', 0, 0));
    names.removeAll(QString());
    return names;
}

} // namespace

// Builds the Debian package the way a release does and checks what a user installs: the
// programs, the desktop entry, the AppStream metainfo, the icons, the man pages, and the
// dependencies (whether they install and start on a clean Debian 12 is ./dev.sh package-check).
class tst_Package final : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void packageHoldsProgramsMetadataIconsAndManPages();
    void dependsOnLinkedLibrariesAndTheToolsItRuns();
    void desktopEntryValidatesAndNamesInstalledIconAndProgram();
    void metainfoValidatesAndMatchesDesktopEntryAndVersion();
    void manPagesAreCompressedAsDebianWantsAndRenderWithoutWarnings();
    void digestctlManPageCoversEveryCommandAndOption();
    void digestEditorManPageCoversItsOptionsEnvironmentAndFiles();
    void installedDigestctlRuns();

private:
    QString m_folder;
    QString m_deb;
    QString m_root;
    QString m_contents;
    QString m_control;
};

void tst_Package::initTestCase()
{
    const QString build = QStringLiteral(DIGEST_BUILD_DIR);
    m_folder = build + QStringLiteral("/package-test");
    QDir(m_folder).removeRecursively();

    const Run cpack =
        run(QStringLiteral("cpack"),
            {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_folder}, build);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out + cpack.err));

    const QStringList debs =
        QDir(m_folder).entryList({QStringLiteral("digest-editor_*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    QVERIFY2(debs.first().startsWith(QStringLiteral("digest-editor_" DIGEST_VERSION "_")),
             qPrintable(debs.first()));
    m_deb = m_folder + u'/' + debs.first();

    const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), m_deb});
    QCOMPARE(contents.exitCode, 0);
    m_contents = contents.out;
    const Run control = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), m_deb});
    QCOMPARE(control.exitCode, 0);
    m_control = control.out;
    m_root = m_folder + QStringLiteral("/root");
    QCOMPARE(run(QStringLiteral("dpkg-deb"), {QStringLiteral("-x"), m_deb, m_root}).exitCode, 0);
}

void tst_Package::packageHoldsProgramsMetadataIconsAndManPages()
{
    for (const QString& path : QStringList{
             QStringLiteral("./usr/bin/digest-editor"), QStringLiteral("./usr/bin/digestctl"),
             QStringLiteral("./usr/bin/digest-askpass"),
             "./usr/share/applications/" + kAppId + ".desktop",
             "./usr/share/metainfo/" + kAppId + ".metainfo.xml",
             "./usr/share/icons/hicolor/scalable/apps/" + kAppId + ".svg",
             "./usr/share/icons/hicolor/256x256/apps/" + kAppId + ".png",
             QStringLiteral("./usr/share/man/man1/digestctl.1.gz"),
             QStringLiteral("./usr/share/man/man1/digest-editor.1.gz"),
             QStringLiteral("./usr/share/man/man1/digest-askpass.1.gz")}) {
        QVERIFY2(m_contents.contains(path), qPrintable(path));
    }
    QVERIFY2(m_control.contains(u"Package: digest-editor"), qPrintable(m_control));
}

void tst_Package::dependsOnLinkedLibrariesAndTheToolsItRuns()
{
    const QStringList depends = packageNames(m_control, QStringLiteral("Depends"));
    // shlibdeps: the libraries the programs link.
    for (const char* name : {"libqt6webenginewidgets6", "libqt6webenginecore6-bin", "libcurl4",
                             "libhunspell-1.7-0", "libqt6keychain1", "libyaml-cpp0.7"})
        QVERIFY2(depends.contains(QLatin1String(name)), name);
    // What the programs run: git to publish, the CAs every HTTPS request needs.
    QVERIFY2(depends.contains(u"git"), qPrintable(m_control));
    QVERIFY2(depends.contains(u"ca-certificates"), qPrintable(m_control));
    const QStringList recommends = packageNames(m_control, QStringLiteral("Recommends"));
    for (const char* name :
         {"hunspell-en-us", "qt6-translations-l10n", "libqt6svg6", "qt6-wayland", "xdg-utils"})
        QVERIFY2(recommends.contains(QLatin1String(name)), name);
    // hugo's build check is off unless asked for, and hugo recommends the Go toolchain.
    QVERIFY2(packageNames(m_control, QStringLiteral("Suggests")).contains(u"hugo"),
             qPrintable(m_control));
    // A recommended package is no hard dependency as well.
    for (const QString& name : recommends)
        QVERIFY2(!depends.contains(name), qPrintable(name));
}

void tst_Package::desktopEntryValidatesAndNamesInstalledIconAndProgram()
{
    const QString desktop = m_root + "/usr/share/applications/" + kAppId + ".desktop";
    const Run validate = run(QStringLiteral("desktop-file-validate"), {desktop});
    QVERIFY2(validate.exitCode == 0 && QString(validate.out + validate.err).trimmed().isEmpty(),
             qPrintable(validate.out + validate.err));

    const QString text = readText(desktop);
    const QString icon =
        QRegularExpression(QStringLiteral("(?m)^Icon=(.*)$")).match(text).captured(1);
    QCOMPARE(icon, kAppId);
    QVERIFY(QFile::exists(m_root + "/usr/share/icons/hicolor/scalable/apps/" + icon + ".svg"));
    const QString exec =
        QRegularExpression(QStringLiteral("(?m)^Exec=(\\S+)")).match(text).captured(1);
    QCOMPARE(exec, QStringLiteral("digest-editor"));
    QVERIFY(QFileInfo(m_root + QStringLiteral("/usr/bin/") + exec).isExecutable());
    // A scalable icon is an SVG document, not a renamed bitmap.
    QVERIFY(readText(m_root + "/usr/share/icons/hicolor/scalable/apps/" + icon + ".svg")
                .contains(u"<svg"));
}

void tst_Package::metainfoValidatesAndMatchesDesktopEntryAndVersion()
{
    const QString metainfo = m_root + "/usr/share/metainfo/" + kAppId + ".metainfo.xml";
    const Run validate =
        run(QStringLiteral("appstreamcli"), {QStringLiteral("validate"), QStringLiteral("--no-net"),
                                             QStringLiteral("--no-color"), metainfo});
    QVERIFY2(validate.exitCode == 0, qPrintable(validate.out + validate.err));
    // No error, warning or info: only the pedantic hint on the id's capitals is accepted.
    QVERIFY2(!QString(validate.out + validate.err)
                  .contains(QRegularExpression(QStringLiteral("(?m)^[EWI]: "))),
             qPrintable(validate.out + validate.err));

    // The installed tree as a software centre reads it: the metainfo with its desktop entry.
    const Run tree = run(QStringLiteral("appstreamcli"),
                         {QStringLiteral("validate-tree"), QStringLiteral("--no-net"),
                          QStringLiteral("--no-color"), m_root});
    QVERIFY2(tree.exitCode == 0 &&
                 !QString(tree.out + tree.err)
                      .contains(QRegularExpression(QStringLiteral("(?m)^[EWI]: "))),
             qPrintable(tree.out + tree.err));

    QFile file(metainfo);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&file);
    QString id, launchable;
    QStringList versions, binaries;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == u"id")
            id = xml.readElementText();
        else if (xml.name() == u"launchable")
            launchable = xml.readElementText();
        else if (xml.name() == u"binary")
            binaries.append(xml.readElementText());
        else if (xml.name() == u"release")
            versions.append(xml.attributes().value(QLatin1String("version")).toString());
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QCOMPARE(id, kAppId);
    QCOMPARE(launchable, kAppId + QStringLiteral(".desktop"));
    QVERIFY(QFile::exists(m_root + QStringLiteral("/usr/share/applications/") + launchable));
    QVERIFY2(!versions.isEmpty() && versions.first() == QStringLiteral(DIGEST_VERSION),
             qPrintable(versions.join(u',')));
    QCOMPARE(binaries, (QStringList{QStringLiteral("digest-editor"), QStringLiteral("digestctl")}));
    for (const QString& binary : binaries)
        QVERIFY(QFileInfo(m_root + QStringLiteral("/usr/bin/") + binary).isExecutable());
}

void tst_Package::manPagesAreCompressedAsDebianWantsAndRenderWithoutWarnings()
{
    for (const QString& page : {QStringLiteral("digestctl"), QStringLiteral("digest-editor"),
                                QStringLiteral("digest-askpass")}) {
        const QString gz = m_root + QStringLiteral("/usr/share/man/man1/") + page + ".1.gz";
        QFile file(gz);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(gz));
        const QByteArray header = file.read(10);
        // gzip -n: no file name (FLG.FNAME) and no time stamp (MTIME), so builds are the same.
        QVERIFY(header.size() == 10 && header.startsWith("\x1f\x8b"));
        QVERIFY2((header.at(3) & 0x08) == 0, qPrintable(page));
        QCOMPARE(header.mid(4, 4), QByteArray(4, '\0'));
        // -9: the "maximum compression" flag.
        QCOMPARE(int(header.at(8)), 2);

        const Run man =
            run(QStringLiteral("man"), {QStringLiteral("--warnings"), QStringLiteral("-l"), gz}, {},
                {QStringLiteral("MANWIDTH=80"), QStringLiteral("LC_ALL=C.UTF-8")});
        QCOMPARE(man.exitCode, 0);
        QVERIFY2(man.err.isEmpty(), qPrintable(page + u'\n' + man.err));
        const QString text = renderedManPage(gz);
        for (const char* heading :
             {"NAME", "SYNOPSIS", "DESCRIPTION", "EXIT STATUS", "ENVIRONMENT", "SEE ALSO"})
            QVERIFY2(text.contains(u'\n' + QLatin1String(heading) + u'\n'), heading);
        QVERIFY2(text.contains(QStringLiteral("Digest Editor " DIGEST_VERSION)), qPrintable(page));
        // whatis/apropos read the NAME line.
        const Run lexgrog = run(QStringLiteral("lexgrog"), {gz});
        QVERIFY2(lexgrog.exitCode == 0 && lexgrog.out.contains(page + QStringLiteral(" - ")),
                 qPrintable(lexgrog.out + lexgrog.err));
    }
}

void tst_Package::digestctlManPageCoversEveryCommandAndOption()
{
    const QString digestctl = m_root + QStringLiteral("/usr/bin/digestctl");
    const Run help = run(digestctl, {QStringLiteral("--help")});
    QCOMPARE(help.exitCode, 0);
    const QString commandList = help.out.section(QStringLiteral("Commands:"), 1);
    QStringList commands;
    const QRegularExpression command(QStringLiteral("(?m)^  ([a-z]+) "));
    for (auto it = command.globalMatch(commandList); it.hasNext();)
        commands.append(it.next().captured(1));
    QVERIFY2(commands.size() >= 8, qPrintable(help.out));

    const QString page =
        renderedManPage(m_root + QStringLiteral("/usr/share/man/man1/digestctl.1.gz"));
    QVERIFY(!page.isEmpty());
    for (const QString& option : longOptions(help.out))
        QVERIFY2(manSection(page, QStringLiteral("OPTIONS"), 0).contains(option),
                 qPrintable(option));
    for (const QString& name : std::as_const(commands)) {
        const QString section = manSection(page, name, 3);
        QVERIFY2(!section.isEmpty(), qPrintable(QStringLiteral("no section for ") + name));
        const Run commandHelp = run(digestctl, {name, QStringLiteral("--help")});
        QCOMPARE(commandHelp.exitCode, 0);
        for (const QString& option : longOptions(commandHelp.out))
            QVERIFY2(section.contains(option), qPrintable(name + u' ' + option));
    }
    // publish's own exit codes, as its --help lists them.
    const Run publishHelp = run(digestctl, {QStringLiteral("publish"), QStringLiteral("--help")});
    const QString exitStatus = manSection(page, QStringLiteral("EXIT STATUS"), 0);
    for (int code = 3; code <= 8; ++code) {
        QVERIFY(publishHelp.out.contains(QStringLiteral(" %1 ").arg(code)));
        QVERIFY2(exitStatus.contains(QRegularExpression(QStringLiteral("(?m)^ {7}%1 ").arg(code))),
                 qPrintable(exitStatus));
    }
    const QString environment = manSection(page, QStringLiteral("ENVIRONMENT"), 0);
    for (const char* variable : {"OPENAI_BASE_URL", "OPENAI_MODEL", "OPENAI_API_KEY",
                                 "DIGEST_TOPIC_SOURCES", "http_proxy", "DICPATH"})
        QVERIFY2(environment.contains(QLatin1String(variable)), variable);
    QVERIFY(manSection(page, QStringLiteral("FILES"), 0)
                .contains(u"~/.config/DigestEditor/digest-editor.conf"));
}

void tst_Package::digestEditorManPageCoversItsOptionsEnvironmentAndFiles()
{
    const Run help =
        run(m_root + QStringLiteral("/usr/bin/digest-editor"), {QStringLiteral("--help")}, {},
            {QStringLiteral("QT_QPA_PLATFORM=offscreen")});
    QCOMPARE(help.exitCode, 0);
    const QString page =
        renderedManPage(m_root + QStringLiteral("/usr/share/man/man1/digest-editor.1.gz"));
    const QString options = manSection(page, QStringLiteral("OPTIONS"), 0);
    const QStringList listed = longOptions(help.out);
    QVERIFY(listed.contains(u"--version"));
    for (const QString& option : listed + QStringList{QStringLiteral("--help-all")})
        QVERIFY2(options.contains(option), qPrintable(option));
    const QString environment = manSection(page, QStringLiteral("ENVIRONMENT"), 0);
    for (const char* variable : {"OPENAI_BASE_URL", "DIGEST_TIMING", "QTWEBENGINE_DISABLE_SANDBOX",
                                 "DIGEST_TOPIC_SOURCES", "http_proxy"})
        QVERIFY2(environment.contains(QLatin1String(variable)), variable);
    const QString files = manSection(page, QStringLiteral("FILES"), 0);
    for (const char* path : {"~/.config/DigestEditor/digest-editor.conf",
                             "~/.local/share/DigestEditor/digest-editor/recovery/",
                             "~/.local/share/DigestEditor/digest-editor/dictionary.txt",
                             "~/.cache/DigestEditor/digest-editor/topics/"})
        QVERIFY2(files.contains(QLatin1String(path)), path);
}

void tst_Package::installedDigestctlRuns()
{
    const Run version = run(m_root + QStringLiteral("/usr/bin/digestctl"), {QStringLiteral("-v")});
    QCOMPARE(version.out, QStringLiteral("digestctl " DIGEST_VERSION "\n"));
}

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
