using System.Collections.Generic;
using k8s.Models;

namespace Consort.Kubernetes
{
    /// <summary>
    /// Changes one <c>[Service]</c> of the workload being built, for what differs between environments (how it is
    /// exposed, a cloud load balancer's annotations); every method returns the builder, so calls chain.
    /// </summary>
    public sealed class ServiceBuilder
    {
        internal ServiceBuilder(V1Service service) => Service = service;

        /// <summary>The Service model itself, for changes that have no method here (<c>s => s.Service.Spec.LoadBalancerClass = "..."</c>).</summary>
        public V1Service Service { get; }

        /// <summary>
        /// Sets how the Service is reached: <c>spec.type</c>, and <c>clusterIP: None</c> for
        /// <see cref="ServiceType.Headless"/> (a change to or from Headless only takes effect on a new Service: the
        /// API server does not change a Service's cluster IP in place).
        /// </summary>
        public ServiceBuilder WithType(ServiceType type)
        {
            Service.Spec.Type = type is ServiceType.NodePort or ServiceType.LoadBalancer ? type.ToString() : null;
            Service.Spec.ClusterIP = type == ServiceType.Headless ? "None" : null;
            if (type is not (ServiceType.NodePort or ServiceType.LoadBalancer))
            {
                foreach (var port in Service.Spec.Ports ?? [])
                {
                    port.NodePort = null;
                }
            }

            return this;
        }

        /// <summary>Adds or replaces an annotation of the Service, such as a cloud load balancer's settings.</summary>
        public ServiceBuilder WithAnnotation(string key, string value)
        {
            (Service.Metadata.Annotations ??= new Dictionary<string, string>())[key] = value;
            return this;
        }
    }
}
