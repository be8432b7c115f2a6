using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// Declares an <c>apps/v1</c> DaemonSet: one pod on every node. It selects its pods on
    /// <c>app.kubernetes.io/name: &lt;name&gt;</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class DaemonSetAttribute : WorkloadAttribute
    {
        /// <summary>Declares a daemon set.</summary>
        /// <param name="name">The daemon set's <c>metadata.name</c>: a lowercase RFC 1123 name.</param>
        public DaemonSetAttribute(string name) : base(name) { }

        /// <summary>How the DaemonSet updates its pods (<c>spec.updateStrategy.type</c>; default <see cref="DaemonSetUpdateStrategy.RollingUpdate"/>).</summary>
        public DaemonSetUpdateStrategy UpdateStrategy { get; set; }

        /// <summary>Nodes whose pod a rolling update may take down at once: a number (<c>"1"</c>, the default) or a percentage (<c>"10%"</c>).</summary>
        public string? MaxUnavailable { get; set; }

        /// <summary>Seconds a new pod must be ready before it counts as available (<c>spec.minReadySeconds</c>, default 0).</summary>
        public int MinReadySeconds { get; set; }
    }
}
