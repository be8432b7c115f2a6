using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// An <c>autoscaling/v2</c> <c>HorizontalPodAutoscaler</c> for the workload, emitted after it, which then leaves
    /// <c>replicas</c> out (else every apply would reset what the autoscaler chose). For a Deployment or a StatefulSet.
    /// A utilization target needs a request of that resource on every app container: utilization is measured against
    /// the request.
    /// </summary>
    /// <example><c>[Autoscale(MinReplicas = 2, MaxReplicas = 10, CpuUtilization = 70)]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class AutoscaleAttribute : Attribute
    {
        /// <summary>The fewest replicas, at least 1 (the API server's default: 1).</summary>
        public int MinReplicas { get; set; } = 1;

        /// <summary>The most replicas, at least <see cref="MinReplicas"/>. Required.</summary>
        public int MaxReplicas { get; set; }

        /// <summary>
        /// The average CPU use to keep, in percent of the CPU request; 0 for none. With neither target, the
        /// autoscaler keeps CPU at 80 %, its default.
        /// </summary>
        public int CpuUtilization { get; set; }

        /// <summary>The average memory use to keep, in percent of the memory request; 0 for none.</summary>
        public int MemoryUtilization { get; set; }
    }
}
