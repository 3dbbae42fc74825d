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
    /// rethrown after every thread has finished.
    /// </summary>
    public static void For(int count, Func<int, bool> body)
    {
        var threads = Math.Min(count, Environment.ProcessorCount);
        if (threads <= 0)
        {
            return;
        }

        if (_onDeepStack && threads == 1)
        {
            for (var i = 0; i < count && body(i); i++)
            {
            }

            return;
        }

        var next = -1;
        var stopped = 0;
        ExceptionDispatchInfo? failure = null;
        void Work()
        {
            _onDeepStack = true;
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

        var workers = new Thread[threads];
        for (var t = 0; t < threads; t++)
        {
            workers[t] = new Thread(Work, StackBytes) { IsBackground = true };
            workers[t].Start();
        }

        foreach (var worker in workers)
        {
            worker.Join();
        }

        failure?.Throw();
    }
}
