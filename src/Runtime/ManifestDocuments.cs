using System;
using System.Collections.Generic;
using System.Text.Json;
using System.Threading;
using k8s;

namespace Consort.Kubernetes
{
    /// <summary>
    /// The objects of a workload's YAML manifest: read once, on first use, and built into new KubernetesClient
    /// models on every call. The generated <c>Build()</c> and <c>BuildAll()</c> of a workload are calls to one of these.
    /// </summary>
    /// <remarks>
    /// The YAML is the one source of both: each document is read the way the API server reads it (YAML to JSON,
    /// plain scalars resolved as YAML 1.1), kept as JSON, and deserialized into a fresh model per call, so no object
    /// handed out shares state with another.
    /// </remarks>
    public sealed class ManifestDocuments
    {
        private readonly Type[] _types;
        private readonly Lazy<Document[]> _documents;

        /// <summary>Wraps <paramref name="yaml"/>, whose documents are of the KubernetesClient model types <paramref name="types"/>, in order.</summary>
        /// <param name="yaml">One or more YAML documents, as Consort writes them.</param>
        /// <param name="types">The model type of each document, such as <c>typeof(V1Deployment)</c>.</param>
        public ManifestDocuments(string yaml, params Type[] types)
        {
            Yaml = yaml ?? throw new ArgumentNullException(nameof(yaml));
            _types = types ?? throw new ArgumentNullException(nameof(types));
            _documents = new Lazy<Document[]>(Read, LazyThreadSafetyMode.ExecutionAndPublication);
        }

        /// <summary>The manifest as YAML.</summary>
        public string Yaml { get; }

        /// <summary>A new object for the first document: the workload itself.</summary>
        /// <typeparam name="T">The document's model type, or one it implements.</typeparam>
        public T Build<T>()
            where T : IKubernetesObject
            => (T)_documents.Value[0].Build();

        /// <summary>New objects for every document, in order.</summary>
        public IReadOnlyList<IKubernetesObject> BuildAll()
        {
            var documents = _documents.Value;
            var objects = new IKubernetesObject[documents.Length];
            for (var i = 0; i < documents.Length; i++)
            {
                objects[i] = documents[i].Build();
            }

            return objects;
        }

        private Document[] Read()
        {
            var json = YamlToJson.Documents(Yaml);
            if (json.Count != _types.Length)
            {
                throw new InvalidOperationException($"The manifest has {json.Count} documents, but {_types.Length} model types were given.");
            }

            var documents = new Document[json.Count];
            for (var i = 0; i < documents.Length; i++)
            {
                documents[i] = new Document(json[i], ModelReader.For(_types[i]));
            }

            return documents;
        }

        private sealed class Document(JsonElement json, Func<JsonElement, IKubernetesObject> read)
        {
            public IKubernetesObject Build() => read(json);
        }
    }
}
