using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// A count of an extended resource the container needs, such as GPUs from a device plugin; repeat it for more
    /// resources. Written as the container's limit, which the API server also makes its request: an extended resource
    /// cannot be overcommitted.
    /// </summary>
    /// <example><c>[ExtendedResource("nvidia.com/gpu", 1)]</c></example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = true, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ExtendedResourceAttribute : Attribute
    {
        /// <summary>Asks for <paramref name="count"/> of the resource <paramref name="name"/>.</summary>
        /// <param name="name">The resource's qualified name, outside the <c>kubernetes.io</c> domain: <c>nvidia.com/gpu</c>, <c>example.com/dongle</c>.</param>
        /// <param name="count">How many: extended resources are whole numbers.</param>
        public ExtendedResourceAttribute(string name, int count)
        {
            Name = name;
            Count = count;
        }

        /// <summary>The resource's name.</summary>
        public string Name { get; }

        /// <summary>How many the container needs.</summary>
        public int Count { get; }
    }
}
