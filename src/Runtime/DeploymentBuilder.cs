using k8s.Models;

namespace Consort.Kubernetes
{
    /// <summary>The builder of a <c>[Deployment]</c> workload: <see cref="WorkloadBuilder{TWorkload, TBuilder}"/> and the Deployment's own settings.</summary>
    /// <typeparam name="TBuilder">The workload's own builder type.</typeparam>
    public abstract class DeploymentBuilder<TBuilder> : WorkloadBuilder<V1Deployment, TBuilder>
        where TBuilder : DeploymentBuilder<TBuilder>
    {
        /// <summary>Starts from the workload declared by <paramref name="manifest"/>.</summary>
        protected DeploymentBuilder(ManifestDocuments manifest)
            : base(manifest)
        {
        }

        /// <summary>Sets the number of pods (<c>spec.replicas</c>).</summary>
        public TBuilder WithReplicas(int replicas) => Change(w => w.Spec.Replicas = replicas);

        private protected sealed override V1PodSpec PodSpec(V1Deployment workload) => workload.Spec.Template.Spec;

        private protected sealed override V1ObjectMeta? TemplateMetadata(V1Deployment workload) => workload.Spec.Template.Metadata ??= new V1ObjectMeta();
    }
}
