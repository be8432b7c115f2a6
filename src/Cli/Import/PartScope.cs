using System.Collections.Generic;
using System.Linq;

namespace Consort.Cli.Import;

/// <summary>The parts of one workload class: their names (unique in the class, never the class's own) in the order they are written.</summary>
internal sealed class PartScope(string workloadClass)
{
    private readonly Identifiers _names = new(workloadClass);

    private readonly List<(PartKind Kind, ClassText Class)> _parts = [];

    /// <summary>The parts in the order a person writes them: the account, ConfigMaps and Services, then volumes, then containers.</summary>
    public IEnumerable<ClassText> Classes => _parts.OrderBy(static p => p.Kind).Select(static p => p.Class);

    /// <summary>A new part named after <paramref name="kubernetesName"/>; the kind's suffix tells it from a part of the same name (<c>Volume</c>, <c>Service</c>).</summary>
    public ClassText Add(string kubernetesName, PartKind kind)
    {
        var part = new ClassText(_names.Claim(kubernetesName, kind.ToString()));
        _parts.Add((kind, part));
        return part;
    }

    /// <summary>Sets <c>Name = "..."</c> on <paramref name="attribute"/> unless the part's class name already gives <paramref name="kubernetesName"/>.</summary>
    public static void NameUnlessDefault(ClassText part, AttributeText attribute, string kubernetesName)
    {
        if (!Identifiers.DefaultNameIs(part.Name, kubernetesName))
        {
            attribute.Set("Name", CSharpWriter.String(kubernetesName));
        }
    }
}

/// <summary>What a part is, in the order parts are written.</summary>
internal enum PartKind
{
    Account,
    Config,
    Service,
    Volume,
    Container,
}
