using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// Declares an <c>apps/v1</c> Deployment. It selects its pods on <c>app.kubernetes.io/name: &lt;name&gt;</c>,
    /// which is always added to the pod template's labels.
    /// </summary>
    /// <example>
    /// <code>
    /// [Deployment("shop", Namespace = "prod", Replicas = 3)]
    /// public partial class Shop
    /// {
    ///     [Container("ghcr.io/acme/shop:1.4.2")] partial class Api;
    /// }
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class DeploymentAttribute : WorkloadAttribute
    {
        /// <summary>Declares a deployment.</summary>
        /// <param name="name">The deployment's <c>metadata.name</c>: a lowercase RFC 1123 name.</param>
        public DeploymentAttribute(string name) : base(name) { }

        /// <summary>The desired number of pods (<c>spec.replicas</c>). The API server's default is 1.</summary>
        public int Replicas { get; set; } = 1;
    }
}
