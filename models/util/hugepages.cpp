#include "hugepages.h"

#include <QtGlobal>

#ifdef Q_OS_LINUX
#include <sys/mman.h>
#endif

namespace flowscope {

void adviseHugePages(void *data, size_t bytes)
{
#ifdef Q_OS_LINUX
    const auto begin = (quintptr(data) + kHugePageBytes - 1) & ~quintptr(kHugePageBytes - 1);
    const auto end = (quintptr(data) + bytes) & ~quintptr(kHugePageBytes - 1);
    if (end > begin)
        madvise(reinterpret_cast<void *>(begin), end - begin, MADV_HUGEPAGE);
#else
    Q_UNUSED(data);
    Q_UNUSED(bytes);
#endif
}

} // namespace flowscope
