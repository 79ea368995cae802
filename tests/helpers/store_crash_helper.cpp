// Opens a document read-write, sets one value, reports "done" on stdout and then waits for
// stdin to close or for SIGKILL. Used by the store tests to kill a writer right after a change.

#include "documentfile.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

using namespace fa;

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() != 4)
        return 2;
    auto file = DocumentFile::open(args[1], Store::Mode::ReadWrite);
    const auto amount = Money::parse(args[3], AmountUnit::Wanyuan);
    if (!file || !amount || !file.value()->setValue(args[2], amount.value))
        return 3;
    std::fputs("done\n", stdout);
    std::fflush(stdout);
    // Wait to be killed (the test sends SIGKILL); never close the store cleanly.
    std::string line;
    std::getline(std::cin, line);
    std::_Exit(0);
}
