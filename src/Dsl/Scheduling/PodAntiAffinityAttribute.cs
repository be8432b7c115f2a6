using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>Keeps the workload's own pods (its selector) apart: at most one per value of a node label.</summary>
    /// <example><c>[PodAntiAffinity("kubernetes.io/hostname")]</c> prefers one pod per node; with <c>Required = true</c> it insists.</example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class PodAntiAffinityAttribute : Attribute
    {
        /// <summary>Keeps the pods apart across the values of <paramref name="topologyKey"/>.</summary>
        /// <param name="topologyKey">A node label, such as <c>kubernetes.io/hostname</c>.</param>
        public PodAntiAffinityAttribute(string topologyKey) => TopologyKey = topologyKey;

        /// <summary>The node label.</summary>
        public string TopologyKey { get; }

        /// <summary>Whether the scheduler must keep the pods apart (a pod stays pending otherwise) or only prefers to (default).</summary>
        public bool Required { get; set; }

        /// <summary>The weight of the preference, 1–100 (default 100); only without <see cref="Required"/>.</summary>
        public int Weight { get; set; } = 100;
    }
}
