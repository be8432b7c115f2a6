using System;
using System.Text;

namespace Consort.Generator.Emit;

/// <summary>
/// One <see cref="StringBuilder"/> per thread for the emitters, kept between workloads: a workload's C# is about
/// 24,000 characters, and a fresh builder for each would be most of what emitting allocates.
/// </summary>
internal static class StringBuilderCache
{
    // Larger builders are not kept, so that one huge workload does not hold its memory for the rest of the build.
    private const int MaxKept = 256 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    /// <summary>A cleared builder: the thread's kept one when it is free, else a new one.</summary>
    public static StringBuilder Acquire(int capacity)
    {
        var builder = t_cached;
        if (builder is null)
        {
            return new StringBuilder(capacity);
        }

        t_cached = null;
        builder.Clear();
        builder.EnsureCapacity(capacity);
        return builder;
    }

    /// <summary>The builder's text; the builder is kept for the thread's next <see cref="Acquire"/>.</summary>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        var text = builder.ToString();
        if (builder.Capacity <= MaxKept)
        {
            t_cached = builder;
        }

        return text;
    }
}
