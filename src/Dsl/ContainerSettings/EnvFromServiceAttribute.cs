using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// An environment variable set to the address of a <c>[Service]</c> of this or another workload:
    /// <c>&lt;service&gt;:&lt;port&gt;</c>, with <c>&lt;service&gt;.&lt;namespace&gt;.svc</c> as the host when the two
    /// workloads are in different namespaces. Checked at compile time, and renamed with the Service.
    /// </summary>
    /// <example><c>[EnvFromService("CART_SERVICE_ADDR", typeof(Cart.Grpc))]</c> gives <c>cartservice:7070</c>.</example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class EnvFromServiceAttribute : Attribute
    {
        /// <summary>Sets <paramref name="name"/> to the address of <paramref name="service"/>.</summary>
        /// <param name="name">The variable's name.</param>
        /// <param name="service">A <c>[Service]</c> part of a workload, such as <c>typeof(Cart.Grpc)</c>.</param>
        public EnvFromServiceAttribute(string name, Type service)
        {
            Name = name;
            Service = service;
        }

        /// <summary>The variable's name.</summary>
        public string Name { get; }

        /// <summary>The <c>[Service]</c> part.</summary>
        public Type Service { get; }

        /// <summary>The name of the Service's port; required when it has several. Default: its only port.</summary>
        public string? Port { get; set; }

        /// <summary>A scheme to put before the address, such as <c>http</c> (<c>http://api:80</c>). Default: none.</summary>
        public string? Scheme { get; set; }
    }
}
