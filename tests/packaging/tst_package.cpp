#include <QDir>
#include <QProcess>
#include <QTest>

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
};

Run run(const QString& program, const QStringList& arguments, const QString& folder = {})
{
    QProcess process;
    process.setWorkingDirectory(folder);
    process.setProcessChannelMode(QProcess::MergedChannels);
    process.start(program, arguments);
    if (!process.waitForFinished(240000))
        return {};
    return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
            QString::fromUtf8(process.readAll())};
}

} // namespace

// Builds the Debian package the way a release does and checks what a user installs.
class tst_Package final : public QObject
{
    Q_OBJECT

private slots:
    void debianPackageHoldsProgramsDesktopEntryAndIcon();
};

void tst_Package::debianPackageHoldsProgramsDesktopEntryAndIcon()
{
    const QString build = QStringLiteral(DIGEST_BUILD_DIR);
    const QString packageFolder = build + QStringLiteral("/package-test");
    QDir(packageFolder).removeRecursively();

    const Run cpack = run(
        QStringLiteral("cpack"),
        {QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), packageFolder}, build);
    QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.out));

    const QStringList debs =
        QDir(packageFolder).entryList({QStringLiteral("digest-editor_*.deb")}, QDir::Files);
    QCOMPARE(debs.size(), 1);
    QVERIFY2(debs.first().startsWith(QStringLiteral("digest-editor_" DIGEST_VERSION "_")),
             qPrintable(debs.first()));
    const QString deb = packageFolder + u'/' + debs.first();

    const Run contents = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-c"), deb});
    QCOMPARE(contents.exitCode, 0);
    for (const char* path :
         {"./usr/bin/digest-editor", "./usr/bin/digestctl", "./usr/bin/digest-askpass",
          "./usr/share/applications/digest-editor.desktop",
          "./usr/share/icons/hicolor/scalable/apps/digest-editor.svg",
          "./usr/share/icons/hicolor/256x256/apps/digest-editor.png"}) {
        QVERIFY2(contents.out.contains(QString::fromLatin1(path)), path);
    }

    const Run control = run(QStringLiteral("dpkg-deb"), {QStringLiteral("-f"), deb});
    QCOMPARE(control.exitCode, 0);
    QVERIFY2(control.out.contains(u"Package: digest-editor"), qPrintable(control.out));
    // shlibdeps found the Qt libraries the programs link.
    QVERIFY2(control.out.contains(u"libqt6webenginewidgets6"), qPrintable(control.out));

    const Run extract = run(QStringLiteral("dpkg-deb"),
                            {QStringLiteral("-x"), deb, packageFolder + QStringLiteral("/root")});
    QCOMPARE(extract.exitCode, 0);
    const Run validate =
        run(QStringLiteral("desktop-file-validate"),
            {packageFolder + QStringLiteral("/root/usr/share/applications/digest-editor.desktop")});
    QVERIFY2(validate.exitCode == 0 && validate.out.trimmed().isEmpty(), qPrintable(validate.out));

    const Run version =
        run(packageFolder + QStringLiteral("/root/usr/bin/digestctl"), {QStringLiteral("-v")});
    QCOMPARE(version.out, QStringLiteral("digestctl " DIGEST_VERSION "\n"));
}

QTEST_GUILESS_MAIN(tst_Package)
#include "tst_package.moc"
