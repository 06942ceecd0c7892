#include "commandline.h"
#include "output.h"

#include <QCoreApplication>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    return digest::cli::finishOutput(digest::cli::run(app));
}
