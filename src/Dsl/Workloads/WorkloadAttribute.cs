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
    }
}
