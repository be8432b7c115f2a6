using System.Collections.Generic;
using System.Text.Json;
using System.Text.Json.Serialization;
using k8s;
using k8s.Models;

namespace Consort.Kubernetes
{
    /// <summary>
    /// An object of a kind KubernetesClient has no model for, such as a custom resource written with <c>[Manifest]</c>:
    /// its type and metadata, and every other field as JSON.
    /// </summary>
    public sealed class CustomResource : IKubernetesObject<V1ObjectMeta>
    {
        /// <inheritdoc/>
        [JsonPropertyName("apiVersion")]
        public string ApiVersion { get; set; } = string.Empty;

        /// <inheritdoc/>
        [JsonPropertyName("kind")]
        public string Kind { get; set; } = string.Empty;

        /// <inheritdoc/>
        [JsonPropertyName("metadata")]
        public V1ObjectMeta Metadata { get; set; } = new();

        /// <summary>Every other field, such as <c>spec</c>, as written.</summary>
        [JsonExtensionData]
        public IDictionary<string, JsonElement> Fields { get; set; } = new Dictionary<string, JsonElement>();
    }
}
