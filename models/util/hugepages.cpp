#include "hugepages.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace flowscope {

void adviseHugePages(void *data, size_t bytes)
{
#ifdef Q_OS_LINUX
    // Offsets from data, not integers made pointers: the first and past the last whole page.
    const size_t lead = hugePageLead(data);
    const size_t tail = (reinterpret_cast<quintptr>(data) + bytes) % kHugePageBytes;
    if (bytes > lead + tail)
        madvise(static_cast<char *>(data) + lead, bytes - lead - tail, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace flowscope
