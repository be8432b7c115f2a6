using System;

namespace Consort
{
    /// <summary>
    /// The base of <see cref="ContainerAttribute"/>, <see cref="InitContainerAttribute"/> and
    /// <see cref="SidecarAttribute"/>: the settings every container has.
    /// </summary>
    [AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
    public abstract class ContainerDeclarationAttribute : Attribute
    {
        /// <summary>The container's name. Default: the class name in kebab-case (<c>LogShipper</c> → <c>log-shipper</c>).</summary>
        public string? Name { get; set; }

        /// <summary>The entrypoint (<c>command</c>); replaces the image's <c>ENTRYPOINT</c>.</summary>
        public string[]? Command { get; set; }

        /// <summary>The arguments (<c>args</c>); replace the image's <c>CMD</c>.</summary>
        public string[]? Args { get; set; }

        /// <summary>The working directory (<c>workingDir</c>).</summary>
        public string? WorkingDir { get; set; }

        /// <summary>The <c>imagePullPolicy</c>. When not set, the API server derives it from the image tag.</summary>
        public ImagePullPolicy ImagePullPolicy { get; set; }

        /// <summary>
        /// The position among containers of the same role. Containers are sorted by <c>Order</c> (default 0),
        /// then by declaration order.
        /// </summary>
        public int Order { get; set; }

        /// <summary>Where the container's termination message comes from (default <see cref="Consort.TerminationMessagePolicy.File"/>).</summary>
        public TerminationMessagePolicy TerminationMessagePolicy { get; set; }
    }
}
