using System;

namespace Consort
{
    /// <summary>
    /// The base of every workload attribute (<see cref="PodAttribute"/>, <see cref="DeploymentAttribute"/>).
    /// A workload is a <c>partial class</c> with exactly one workload attribute; its containers and volumes are
    /// nested <c>partial class</c> declarations.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public abstract class WorkloadAttribute : Attribute
    {
        /// <summary>Initializes the attribute with the workload's Kubernetes name.</summary>
        /// <param name="name">The workload's <c>metadata.name</c>: a lowercase RFC 1123 name such as <c>shop</c>.</param>
        protected WorkloadAttribute(string name) => Name = name;

        /// <summary>The workload's <c>metadata.name</c>.</summary>
        public string Name { get; }

        /// <summary>The namespace (<c>metadata.namespace</c>). When not set, the manifest has none and the client's default applies.</summary>
        public string? Namespace { get; set; }

        /// <summary>The pod's <c>serviceAccountName</c>.</summary>
        public string? ServiceAccount { get; set; }

        /// <summary>
        /// Whether the pod's containers share one process namespace (<c>shareProcessNamespace</c>), so that one
        /// container can signal a process in another.
        /// </summary>
        public bool ShareProcessNamespace { get; set; }

        /// <summary>The pod's <c>terminationGracePeriodSeconds</c>. The API server's default is 30.</summary>
        public int TerminationGracePeriodSeconds { get; set; } = 30;

        /// <summary>Whether the pod uses the node's network namespace (<c>hostNetwork</c>); its ports are then the node's.</summary>
        public bool HostNetwork { get; set; }

        /// <summary>Whether the pod sees the node's processes (<c>hostPID</c>).</summary>
        public bool HostPID { get; set; }

        /// <summary>Whether the pod uses the node's IPC namespace (<c>hostIPC</c>).</summary>
        public bool HostIPC { get; set; }

        /// <summary>How the pod resolves names (<c>dnsPolicy</c>; default <see cref="Consort.DnsPolicy.ClusterFirst"/>).</summary>
        public DnsPolicy DnsPolicy { get; set; }

        /// <summary>Whether the service account's token is mounted (<c>automountServiceAccountToken</c>); written whenever it is set, since it overrides the service account's own setting.</summary>
        public bool AutomountServiceAccountToken { get; set; }

        /// <summary>Whether the pod gets the environment variables that describe the namespace's Services (<c>enableServiceLinks</c>, default true).</summary>
        public bool EnableServiceLinks { get; set; }

        /// <summary>The pod's <c>priorityClassName</c>.</summary>
        public string? PriorityClassName { get; set; }

        /// <summary>The pod's <c>runtimeClassName</c>.</summary>
        public string? RuntimeClassName { get; set; }

        /// <summary>The scheduler that places the pod (<c>schedulerName</c>).</summary>
        public string? SchedulerName { get; set; }

        /// <summary>The Secrets that hold credentials for pulling the images (<c>imagePullSecrets</c>).</summary>
        public string[]? ImagePullSecrets { get; set; }
    }
}
