#include "testcertificates.h"

#include <QDebug>
#include <QProcess>
#include <QStandardPaths>

namespace digest::test {

QByteArray openssl(const QStringList& arguments, const QByteArray& input)
{
    QProcess process;
    process.start(QStringLiteral("openssl"), arguments);
    if (!process.waitForStarted())
        return QByteArray();
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(30'000) || process.exitCode() != 0) {
        qWarning().noquote() << process.readAllStandardError();
        return QByteArray();
    }
    const QByteArray output = process.readAllStandardOutput();
    // An empty output is a success too: not null.
    return output.isNull() ? QByteArray("") : output;
}

bool hasOpenssl()
{
    return !QStandardPaths::findExecutable(QStringLiteral("openssl")).isEmpty();
}

bool makeSelfSignedCertificate(const QString& certificatePath, const QString& keyPath,
                               const QString& commonName)
{
    return !openssl({"req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-keyout",
                     keyPath, "-out", certificatePath, "-subj", "/CN=" + commonName, "-addext",
                     "subjectAltName=IP:127.0.0.1"})
                .isNull();
}

} // namespace digest::test
