#pragma once

// This process's memory as Linux reports it in /proc/self/status, for the soak, the sandbox's
// memory test and the benchmarks. -1 where it cannot be read.

#include <QtGlobal>

qint64 residentBytes(); // VmRSS
qint64 peakResidentBytes(); // VmHWM
