using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A <c>policy/v1</c> <c>PodDisruptionBudget</c> for the workload's pods, emitted after the workload: how many of
    /// them a voluntary disruption (a node drain, a cluster upgrade, an eviction) may take down at once. Give exactly one
    /// of <see cref="MinAvailable"/> and <see cref="MaxUnavailable"/>. For a Deployment or a StatefulSet.
    /// </summary>
    /// <example><c>[PodDisruptionBudget(MaxUnavailable = "1")]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class PodDisruptionBudgetAttribute : Attribute
    {
        /// <summary>
        /// The pods that must stay available: a number (<c>"2"</c>) or a percentage of the desired pods (<c>"50%"</c>).
        /// As many as the workload has (or <c>"100%"</c>) blocks every drain: a warning.
        /// </summary>
        public string? MinAvailable { get; set; }

        /// <summary>The pods that may be unavailable: a number (<c>"1"</c>) or a percentage (<c>"25%"</c>); <c>"0"</c> blocks every drain: a warning.</summary>
        public string? MaxUnavailable { get; set; }
    }
}
