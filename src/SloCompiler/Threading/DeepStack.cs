using System.Runtime.ExceptionServices;

namespace SloCompiler.Threading;

/// <summary>
/// Work on threads with a deep stack. PromQL trees are as deep as the longest operator chain a rule file writes
/// (<c>up + up + … + up</c> with 100,000 terms is one tree 100,000 levels deep, and promtool accepts it), and every
/// walk over them recurses; the thread pool's 1.5 MB stacks hold about 10,000 levels and the main thread's 8 MB
/// about 50,000. A stack overflow cannot be caught, so the parser bounds trees at
/// <see cref="PromQl.PromQlOptions.MaxTreeDepth"/> levels and everything that walks them runs here, where that depth
/// fits with room to spare. The stack is reserved address space: pages are only used as deep as a walk goes.
/// </summary>
public static class DeepStack
{
    /// <summary>Bytes of stack per thread: 2.5 KB for each of <see cref="PromQl.PromQlOptions.MaxTreeDepth"/> levels.</summary>
    public const int StackBytes = 256 * 1024 * 1024;

    /// <summary>True on a thread started here: work asked of it runs in place.</summary>
    [ThreadStatic]
    private static bool _onDeepStack;

    /// <summary>Runs <paramref name="work"/> on a deep-stack thread and returns its result; its exception is rethrown here.</summary>
    public static T Run<T>(Func<T> work)
    {
        if (_onDeepStack)
        {
            return work();
        }

        T result = default!;
        ExceptionDispatchInfo? failure = null;
        var thread = new Thread(() =>
        {
            _onDeepStack = true;
            try
            {
                result = work();
            }
            catch (Exception e)
            {
                failure = ExceptionDispatchInfo.Capture(e);
            }
        }, StackBytes);
        thread.Start();
        thread.Join();
        failure?.Throw();
        return result;
    }

    /// <summary>Starts <paramref name="work"/> on a deep-stack thread of its own; the task completes with its result or exception.</summary>
    public static Task<T> Start<T>(Func<T> work)
    {
        var completion = new TaskCompletionSource<T>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            _onDeepStack = true;
            try
            {
                completion.SetResult(work());
            }
            catch (Exception e)
            {
                completion.SetException(e);
            }
        }, StackBytes) { IsBackground = true };
        thread.Start();
        return completion.Task;
    }

    /// <summary>
    /// <paramref name="body"/> for 0 … <paramref name="count"/>-1 on up to one deep-stack thread per core, in no set
    /// order; a body that returns false stops the loop (items not yet started are skipped). The first exception is
    /// rethrown after every thread has finished. The calling thread takes items too, and the others come from
    /// <see cref="Helpers"/>, started once: a lint of many small files calls this hundreds of times, and a new
    /// 256 MB-stack thread per call cost more than the work (50 thread starts made `slo lint examples` 0.3 s slower).
    /// </summary>
    public static void For(int count, Func<int, bool> body)
    {
        var threads = Math.Min(count, Environment.ProcessorCount);
        if (threads <= 0)
        {
            return;
        }

        if (!_onDeepStack)
        {
            Run(() =>
            {
                For(count, body);
                return 0;
            });
            return;
        }

        var next = -1;
        var stopped = 0;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            try
            {
                int i;
                while (Volatile.Read(ref stopped) == 0 && (i = Interlocked.Increment(ref next)) < count)
                {
                    if (!body(i))
                    {
                        Volatile.Write(ref stopped, 1);
                    }
                }
            }
            catch (Exception e)
            {
                Volatile.Write(ref stopped, 1);
                Interlocked.CompareExchange(ref failure, ExceptionDispatchInfo.Capture(e), null);
            }
        }

        // A helper that starts after the caller ran out of items does nothing, and the caller waits only for
        // helpers that started: so a body that itself calls For never waits for a helper stuck in the queue.
        var gate = new object();
        var active = 0;
        var closed = false;
        for (var t = 1; t < threads; t++)
        {
            Helpers.Value.Post(() =>
            {
                lock (gate)
                {
                    if (closed)
                    {
                        return;
                    }

                    active++;
                }

                try
                {
                    Work();
                }
                finally
                {
                    lock (gate)
                    {
                        if (--active == 0)
                        {
                            Monitor.PulseAll(gate);
                        }
                    }
                }
            });
        }

        Work();
        lock (gate)
        {
            closed = true;
            while (active > 0)
            {
                Monitor.Wait(gate);
            }
        }

        failure?.Throw();
    }

    /// <summary>One deep-stack helper thread per core but one, started on first use and kept (background threads).</summary>
    private static readonly Lazy<HelperThreads> Helpers = new(() => new HelperThreads(Math.Max(1, Environment.ProcessorCount - 1)));

    /// <summary>Background deep-stack threads that run posted work in order of arrival.</summary>
    private sealed class HelperThreads
    {
        private readonly System.Collections.Concurrent.BlockingCollection<Action> _queue = [];

        public HelperThreads(int count)
        {
            for (var i = 0; i < count; i++)
            {
                new Thread(
                    () =>
                    {
                        _onDeepStack = true;
                        foreach (var work in _queue.GetConsumingEnumerable())
                        {
                            work();
                        }
                    },
                    StackBytes) { IsBackground = true, Name = "slo deep stack" }.Start();
            }
        }

        public void Post(Action work) => _queue.Add(work);
    }
}
