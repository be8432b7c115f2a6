using k8s.Models;

namespace Consort.Kubernetes
{
    /// <summary>The builder of a <c>[DaemonSet]</c> workload: <see cref="WorkloadBuilder{TWorkload, TBuilder}"/> (a DaemonSet has no settings of its own to change).</summary>
    /// <typeparam name="TBuilder">The workload's own builder type.</typeparam>
    public abstract class DaemonSetBuilder<TBuilder> : WorkloadBuilder<V1DaemonSet, TBuilder>
        where TBuilder : DaemonSetBuilder<TBuilder>
    {
        /// <summary>Starts from the workload declared by <paramref name="manifest"/>.</summary>
        protected DaemonSetBuilder(ManifestDocuments manifest)
            : base(manifest)
        {
        }

        private protected sealed override V1PodSpec PodSpec(V1DaemonSet workload) => workload.Spec.Template.Spec;

        private protected sealed override V1ObjectMeta? TemplateMetadata(V1DaemonSet workload) => workload.Spec.Template.Metadata ??= new V1ObjectMeta();
    }
}
