#include "gitsite.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QProcess>

namespace digest::test {

void isolateGit(const QString& home)
{
    qputenv("HOME", home.toUtf8());
    qputenv("XDG_CONFIG_HOME", (home + QStringLiteral("/.config")).toUtf8());
    qputenv("GIT_CONFIG_GLOBAL", "/dev/null");
    qputenv("GIT_CONFIG_NOSYSTEM", "1");
    qunsetenv("GIT_DIR");
    qunsetenv("GIT_WORK_TREE");
    qunsetenv("GIT_SSH_COMMAND");
}

QString runGit(const QString& directory, const QStringList& arguments, int* exitCode)
{
    QProcess process;
    process.setWorkingDirectory(directory);
    process.setStandardInputFile(QProcess::nullDevice());
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    process.setProcessEnvironment(environment);
    process.start(QStringLiteral("git"), arguments);
    if (!process.waitForFinished(60'000))
        qFatal("git %s did not finish", qPrintable(arguments.join(QLatin1Char(' '))));
    const int code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    if (exitCode)
        *exitCode = code;
    else if (code != 0)
        qWarning("git %s: %s", qPrintable(arguments.join(QLatin1Char(' '))),
                 process.readAllStandardError().constData());
    return QString::fromUtf8(process.readAllStandardOutput());
}

QByteArray postText(const QString& day, const QString& body, bool draft)
{
    return QStringLiteral(
               "---\ntitle: \"Daily summary %1\"\ndate: %1T05:00:00Z\ndraft: %2\n---\n%3\n")
        .arg(day, draft ? QStringLiteral("true") : QStringLiteral("false"), body)
        .toUtf8();
}

PublishOutcome publishWithoutAskpass(const PublishRequest& request)
{
    return publishNow(request, GitSafety{});
}

namespace {

void setIdentity(const QString& clone, const QString& name)
{
    runGit(clone, {QStringLiteral("config"), QStringLiteral("user.name"), name});
    runGit(clone, {QStringLiteral("config"), QStringLiteral("user.email"),
                   name.toLower() + QStringLiteral("@example.org")});
}

} // namespace

GitSite::GitSite()
{
    if (!m_dir.isValid())
        return;
    const QString root = QFileInfo(m_dir.path()).canonicalFilePath();
    m_remote = root + QStringLiteral("/remote.git");
    m_checkout = root + QStringLiteral("/checkout");
    int code = 0;
    runGit(root,
           {QStringLiteral("init"), QStringLiteral("-q"), QStringLiteral("--bare"),
            QStringLiteral("-b"), QStringLiteral("main"), m_remote},
           &code);
    if (code != 0)
        return;
    const QString seed = root + QStringLiteral("/seed");
    runGit(root, {QStringLiteral("clone"), QStringLiteral("-q"), m_remote, seed});
    setIdentity(seed, QStringLiteral("Seed"));
    runGit(seed, {QStringLiteral("checkout"), QStringLiteral("-q"), QStringLiteral("-b"),
                  QStringLiteral("main")});
    writeFile(seed + QStringLiteral("/hugo.toml"),
              "baseURL = \"https://example.org/\"\ntitle = \"Publish test\"\ntimeZone = \"UTC\"\n"
              "disableKinds = [\"taxonomy\", \"term\", \"RSS\", \"sitemap\", \"robotsTXT\"]\n");
    writeFile(seed + QStringLiteral("/layouts/_default/single.html"),
              "<h1>{{ .Title }}</h1>{{ .Content }}\n");
    writeFile(seed + QStringLiteral("/layouts/_default/list.html"),
              "{{ range .Pages }}<a href=\"{{ .RelPermalink }}\">{{ .Title }}</a>\n{{ end }}\n");
    writeFile(seed + QStringLiteral("/layouts/index.html"),
              "{{ range .Site.RegularPages }}{{ .Title }}\n{{ end }}\n");
    writeFile(seed + QStringLiteral("/README.md"), "# The site\n\nNotes for people.\n");
    writeFile(seed + QStringLiteral("/.gitignore"), "public/\n.hugo_build.lock\n");
    writeFile(seed + QLatin1Char('/') + existingPostPath(),
              postText(QStringLiteral("2026-11-30"), QStringLiteral("Yesterday's news.\n\nMore.")));
    runGit(seed, {QStringLiteral("add"), QStringLiteral("-A")});
    runGit(seed, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"),
                  QStringLiteral("The site")});
    runGit(seed,
           {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
            QStringLiteral("main")},
           &code);
    if (code != 0)
        return;
    runGit(root, {QStringLiteral("clone"), QStringLiteral("-q"), m_remote, m_checkout}, &code);
    setIdentity(m_checkout, QStringLiteral("Editor"));
    m_valid = code == 0;
}

QString GitSite::otherClone(const QString& name)
{
    const QString path = QFileInfo(m_dir.path()).canonicalFilePath() + QLatin1Char('/') + name;
    runGit(m_dir.path(), {QStringLiteral("clone"), QStringLiteral("-q"), m_remote, path});
    setIdentity(path, name);
    return path;
}

void GitSite::commitAndPush(const QString& clone, const QString& path, const QByteArray& content,
                            const QString& message)
{
    runGit(clone, {QStringLiteral("pull"), QStringLiteral("-q"), QStringLiteral("--rebase")});
    writeFile(clone + QLatin1Char('/') + path, content);
    runGit(clone, {QStringLiteral("add"), QStringLiteral("--"), path});
    runGit(clone, {QStringLiteral("commit"), QStringLiteral("-q"), QStringLiteral("-m"), message});
    runGit(clone, {QStringLiteral("push"), QStringLiteral("-q"), QStringLiteral("origin"),
                   QStringLiteral("HEAD")});
}

PublishRequest GitSite::request(const QByteArray& content, const QString& postPath) const
{
    PublishRequest request;
    request.checkout = m_checkout;
    request.siteRoot = m_checkout;
    request.postPath = postPath;
    request.content = content;
    request.commitMessage = QStringLiteral("post: 2026-12-01 daily AI summary");
    return request;
}

QString GitSite::remoteTip(const QString& ref) const
{
    int code = 0;
    const QString tip = runGit(m_remote,
                               {QStringLiteral("rev-parse"), QStringLiteral("-q"),
                                QStringLiteral("--verify"), QStringLiteral("refs/heads/") + ref},
                               &code)
                            .trimmed();
    return code == 0 ? tip : QString();
}

QStringList GitSite::filesOf(const QString& repository, const QString& commit) const
{
    return runGit(repository, {QStringLiteral("diff-tree"), QStringLiteral("--no-commit-id"),
                               QStringLiteral("--name-only"), QStringLiteral("-r"), commit})
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QStringList GitSite::commits(const QString& repository, const QString& range) const
{
    return runGit(repository, QStringList{QStringLiteral("rev-list")} +
                                  range.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

QString GitSite::checkoutHead() const
{
    return runGit(m_checkout, {QStringLiteral("rev-parse"), QStringLiteral("HEAD")}).trimmed();
}

QStringList GitSite::status(const QString& except) const
{
    QStringList lines;
    const QString out =
        runGit(m_checkout, {QStringLiteral("status"), QStringLiteral("--porcelain=v1"),
                            QStringLiteral("--untracked-files=all")});
    for (const QString& line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        if (except.isEmpty() || !line.endsWith(except))
            lines << line;
    }
    return lines;
}

QString GitSite::leftovers() const
{
    const QDir git(m_checkout + QStringLiteral("/.git"));
    QStringList found;
    for (const char* name : {"rebase-merge", "rebase-apply", "MERGE_HEAD", "CHERRY_PICK_HEAD",
                             "index.lock", "worktrees"}) {
        if (git.exists(QLatin1String(name)))
            found << QLatin1String(name);
    }
    const QStringList worktrees =
        runGit(m_checkout,
               {QStringLiteral("worktree"), QStringLiteral("list"), QStringLiteral("--porcelain")})
            .split(QLatin1Char('\n'))
            .filter(QStringLiteral("worktree "));
    if (worktrees.size() != 1)
        found << QStringLiteral("%1 work trees").arg(worktrees.size());
    return found.join(QStringLiteral(", "));
}

QByteArray GitSite::readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool GitSite::writeFile(const QString& path, const QByteArray& bytes)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace digest::test
