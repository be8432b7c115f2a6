using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A port of a <c>[Service]</c>, forwarded to a port of one of the workload's containers: its only port, or the
    /// one named. Repeat it for more ports.
    /// </summary>
    /// <example><c>[ServicePort(80, typeof(Server), "http")]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ServicePortAttribute : Attribute
    {
        /// <summary>Forwards <paramref name="port"/> to the only port of <paramref name="container"/>.</summary>
        /// <param name="port">The Service's port, from 1 to 65535.</param>
        /// <param name="container">A container class of this workload, such as <c>typeof(Server)</c>.</param>
        public ServicePortAttribute(int port, Type container)
        {
            Port = port;
            Container = container;
        }

        /// <summary>Forwards <paramref name="port"/> to the port named <paramref name="portName"/> of <paramref name="container"/>.</summary>
        /// <param name="port">The Service's port, from 1 to 65535.</param>
        /// <param name="container">A container class of this workload, such as <c>typeof(Server)</c>.</param>
        /// <param name="portName">The name of the container's port, as its <c>[Port(..., Name = ...)]</c> gives it.</param>
        public ServicePortAttribute(int port, Type container, string portName)
            : this(port, container) => PortName = portName;

        /// <summary>The Service's port.</summary>
        public int Port { get; }

        /// <summary>The container class the port forwards to.</summary>
        public Type Container { get; }

        /// <summary>The container port's name, when one was given.</summary>
        public string? PortName { get; }

        /// <summary>The Service port's name. Default: the container port's name; required when the Service has several ports.</summary>
        public string? Name { get; set; }

        /// <summary>The protocol. Default: the container port's.</summary>
        public Protocol Protocol { get; set; }

        /// <summary>The port on every node, for a <see cref="ServiceType.NodePort"/> or <see cref="ServiceType.LoadBalancer"/> Service; when not set, the API server picks one.</summary>
        public int NodePort { get; set; }
    }
}
