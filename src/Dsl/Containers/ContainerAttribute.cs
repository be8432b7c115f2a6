using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>An app container (an entry in <c>spec.containers</c>).</summary>
    /// <example>
    /// <code>
    /// [Container("ghcr.io/acme/shop:1.4.2")]
    /// [Port(8080, Name = "http")]
    /// partial class Api;
    /// </code>
    /// </example>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class ContainerAttribute : ContainerDeclarationAttribute
    {
        /// <summary>Declares an app container.</summary>
        /// <param name="image">The image, pinned to a tag or digest: <c>ghcr.io/acme/shop:1.4.2</c>.</param>
        public ContainerAttribute(string image) => Image = image;

        /// <summary>The container image.</summary>
        public string Image { get; }
    }
}
