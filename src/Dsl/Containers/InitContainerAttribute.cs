using System;
using System.Diagnostics;

namespace Consort
{
    /// <summary>
    /// An init container: runs to completion before the app containers start, one after another in declaration
    /// (or <see cref="ContainerDeclarationAttribute.Order"/>) order, after the native sidecars have started.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    [Conditional("CONSORT_KEEP_ATTRIBUTES")]
    public sealed class InitContainerAttribute : ContainerDeclarationAttribute
    {
        /// <summary>Declares an init container.</summary>
        /// <param name="image">The image, pinned to a tag or digest.</param>
        public InitContainerAttribute(string image) => Image = image;

        /// <summary>The container image.</summary>
        public string Image { get; }
    }
}
