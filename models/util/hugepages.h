#pragma once

// Large buffers the GUI thread fills (a 50 MB page as it arrives, the SID index after it grows)
// fault their memory in 4 KB at a time on first touch — 10 µs each on a virtual machine, 2.5 ms
// for every megabyte. Asking the kernel for 2 MB pages there turns 512 faults into one. Advice
// only: where the kernel says no, or off Linux, nothing changes.

#include <QtGlobal>

#include <cstddef>

namespace flowscope {

inline constexpr size_t kHugePageBytes = size_t(2) << 20;

// How far past data the next 2 MB boundary is (0 on one).
inline size_t hugePageLead(const void *data)
{
    const size_t past = size_t(reinterpret_cast<quintptr>(data) % kHugePageBytes);
    return past == 0 ? 0 : kHugePageBytes - past;
}

// Advises huge pages for the whole 2 MB pages inside [data, data + bytes).
void adviseHugePages(void *data, size_t bytes);

} // namespace flowscope
