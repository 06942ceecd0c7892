#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace digest::test {

// Runs the `openssl` command with the arguments (and the input on its standard input); its
// standard output, or a null array when it could not run or failed. Tests make their
// certificates with it at run time, so that no key is checked in.
QByteArray openssl(const QStringList& arguments, const QByteArray& input = QByteArray());

// Whether the `openssl` command is installed (Debian package openssl).
bool hasOpenssl();

// A self-signed certificate for 127.0.0.1 and its key (PEM files), valid for two days, with
// `commonName` as its subject: what a local model server makes for itself.
bool makeSelfSignedCertificate(const QString& certificatePath, const QString& keyPath,
                               const QString& commonName);

} // namespace digest::test
