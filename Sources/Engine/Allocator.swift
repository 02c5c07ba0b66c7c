#if canImport(Glibc)
import CMalloc
#endif
import HeapSim

/// How the process gives memory back to the system.
///
/// A file's simulation builds a heap of tens of thousands of small objects and drops it when the
/// file is done. glibc raises its trim threshold each time it frees a large block it had mapped
/// (up to 32 MB), after which it keeps freed memory in its arenas instead of returning it; with two
/// workers those kept pages stay in the resident set next to the next file's heap. A fixed 128 KB
/// threshold (glibc's initial value, no longer raised) returns them: on the Python 3.11 standard
/// library, peak RSS 157–160 MB became 130 MB at the same wall and user time (two jobs, one run
/// each alternating, this machine).
enum Allocator {
    /// Called once, before the first worker starts; later calls do nothing.
    static let returnFreedMemory: Void = {
        #if canImport(Glibc)
        _ = mallopt(M_TRIM_THRESHOLD, 128 * 1024)
        // A big simulation heap freed: its pages, spread over the worker's arena, go back now
        // (trimming returns only the top of the main arena by itself).
        HeavyHeapToken.onRelease = { _ = malloc_trim(0) }
        #endif
    }()
}
