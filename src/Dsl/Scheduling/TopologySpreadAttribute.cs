using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// Spreads the workload's own pods (its selector) across the values of a node label (an entry in
    /// <c>topologySpreadConstraints</c>).
    /// </summary>
    /// <example><c>[TopologySpread("topology.kubernetes.io/zone", MaxSkew = 1, WhenUnsatisfiable = Unsatisfiable.ScheduleAnyway)]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class TopologySpreadAttribute : Attribute
    {
        /// <summary>Spreads the pods across the values of <paramref name="topologyKey"/>.</summary>
        /// <param name="topologyKey">A node label, such as <c>topology.kubernetes.io/zone</c> or <c>kubernetes.io/hostname</c>.</param>
        public TopologySpreadAttribute(string topologyKey) => TopologyKey = topologyKey;

        /// <summary>The node label.</summary>
        public string TopologyKey { get; }

        /// <summary>The largest difference allowed between the pod counts of two domains; at least 1 (default 1).</summary>
        public int MaxSkew { get; set; } = 1;

        /// <summary>What the scheduler does when the constraint cannot be met (default <see cref="Unsatisfiable.DoNotSchedule"/>).</summary>
        public Unsatisfiable WhenUnsatisfiable { get; set; }
    }
}
