using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// Declares an <c>apps/v1</c> StatefulSet: pods with stable names and storage. It selects its pods on
    /// <c>app.kubernetes.io/name: &lt;name&gt;</c>.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class StatefulSetAttribute : WorkloadAttribute
    {
        /// <summary>Declares a stateful set.</summary>
        /// <param name="name">The stateful set's <c>metadata.name</c>: a lowercase RFC 1123 name.</param>
        public StatefulSetAttribute(string name) : base(name) { }

        /// <summary>The desired number of pods (<c>spec.replicas</c>). The API server's default is 1.</summary>
        public int Replicas { get; set; } = 1;

        /// <summary>The headless Service that gives the pods their DNS names (<c>spec.serviceName</c>). Default: the workload's name.</summary>
        public string? ServiceName { get; set; }

        /// <summary>How the StatefulSet starts and stops its pods (<c>spec.podManagementPolicy</c>; default <see cref="Consort.PodManagementPolicy.OrderedReady"/>).</summary>
        public PodManagementPolicy PodManagementPolicy { get; set; }

        /// <summary>How the StatefulSet updates its pods (<c>spec.updateStrategy.type</c>; default <see cref="StatefulSetUpdateStrategy.RollingUpdate"/>).</summary>
        public StatefulSetUpdateStrategy UpdateStrategy { get; set; }

        /// <summary>Seconds a new pod must be ready before it counts as available (<c>spec.minReadySeconds</c>, default 0).</summary>
        public int MinReadySeconds { get; set; }

        /// <summary>What happens to the pods' claims when the StatefulSet is deleted (<c>spec.persistentVolumeClaimRetentionPolicy.whenDeleted</c>; default <see cref="ClaimRetention.Retain"/>). Kubernetes 1.27 and later.</summary>
        public ClaimRetention ClaimsWhenDeleted { get; set; }

        /// <summary>What happens to the claims of the pods a scale-down removes (<c>spec.persistentVolumeClaimRetentionPolicy.whenScaled</c>; default <see cref="ClaimRetention.Retain"/>). Kubernetes 1.27 and later.</summary>
        public ClaimRetention ClaimsWhenScaled { get; set; }
    }
}
