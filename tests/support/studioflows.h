#pragma once

// The real Studio flow definitions beside the checkout (../shared/studio-flows, or
// FLOWSCOPE_STUDIO_FLOWS): test data read by path, never copied into the project.

#include <QString>
#include <QStringList>

// The folder, or empty when it is not there.
QString studioFlowsDir();
// Every *.json in it, sorted; empty when the folder is not there.
QStringList studioFlowFiles();
// True when tests must not skip for want of the folder (CI=true).
bool studioFlowsRequired();
