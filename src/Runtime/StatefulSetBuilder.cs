using k8s.Models;

namespace Consort.Kubernetes
{
    /// <summary>The builder of a <c>[StatefulSet]</c> workload: <see cref="WorkloadBuilder{TWorkload, TBuilder}"/> and the StatefulSet's own settings.</summary>
    /// <typeparam name="TBuilder">The workload's own builder type.</typeparam>
    public abstract class StatefulSetBuilder<TBuilder> : WorkloadBuilder<V1StatefulSet, TBuilder>
        where TBuilder : StatefulSetBuilder<TBuilder>
    {
        /// <summary>Starts from the workload declared by <paramref name="manifest"/>.</summary>
        protected StatefulSetBuilder(ManifestDocuments manifest)
            : base(manifest)
        {
        }

        /// <summary>Sets the number of pods (<c>spec.replicas</c>).</summary>
        public TBuilder WithReplicas(int replicas) => Change(w => w.Spec.Replicas = replicas);

        private protected sealed override V1PodSpec PodSpec(V1StatefulSet workload) => workload.Spec.Template.Spec;

        private protected sealed override V1ObjectMeta? TemplateMetadata(V1StatefulSet workload) => workload.Spec.Template.Metadata ??= new V1ObjectMeta();
    }
}
