#if canImport(Glibc)
import Glibc
#endif

/// CPU time of the calling thread: on a shared machine the wall clock also counts the time
/// other processes held the core, the thread's CPU time does not.
enum CPUClock {
    static func threadSeconds() -> Double {
        var t = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t)
        return Double(t.tv_sec) + Double(t.tv_nsec) / 1e9
    }
}
