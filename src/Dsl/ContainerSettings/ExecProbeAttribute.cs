using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>A probe that succeeds when a command run inside the container exits with 0.</summary>
    /// <example><c>[ExecProbe(ProbeKind.Liveness, "pg_isready", "-U", "postgres")]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ExecProbeAttribute : ProbeAttribute
    {
        /// <summary>Runs <paramref name="command"/> (no shell: wrap it in <c>sh -c</c> for one).</summary>
        /// <param name="kind">Liveness, readiness or startup.</param>
        /// <param name="command">The program and its arguments.</param>
        public ExecProbeAttribute(ProbeKind kind, params string[] command) : base(kind) => Command = command;

        /// <summary>The program and its arguments.</summary>
        public string[] Command { get; }
    }
}
