using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A <c>v1</c> <c>Service</c> in front of the workload's pods: a nested <c>partial class</c> with one
    /// <c>[ServicePort]</c> per port, emitted after the workload and selecting its pods with the workload's selector.
    /// Consort adds <c>Name</c> and a <c>Ports</c> class of constants to the class. Not for a Job or a CronJob.
    /// </summary>
    /// <example><c>[Service(Name = "frontend")] [ServicePort(80, typeof(Server))] partial class Http;</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ServiceAttribute : Attribute
    {
        /// <summary>The Service's name, which is its DNS name in the namespace. Default: the class name in kebab-case.</summary>
        public string? Name { get; set; }

        /// <summary>How the Service is reached; default <see cref="ServiceType.ClusterIP"/>.</summary>
        public ServiceType Type { get; set; }

        /// <summary>Lists pods in DNS before they are ready, as peers that find each other while starting need (<c>publishNotReadyAddresses</c>).</summary>
        public bool PublishNotReadyAddresses { get; set; }
    }
}
