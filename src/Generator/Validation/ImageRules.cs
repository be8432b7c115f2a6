namespace Consort.Generator.Validation;

/// <summary>Image reference checks.</summary>
internal static class ImageRules
{
    /// <summary>Whether the image names a tag other than <c>latest</c>, or a digest.</summary>
    public static bool IsPinned(string image)
    {
        if (image.Contains("@"))
        {
            return true;
        }

        // A colon before the last '/' is a registry port (localhost:5000/app), not a tag.
        var name = image.Substring(image.LastIndexOf('/') + 1);
        var colon = name.LastIndexOf(':');
        return colon >= 0 && colon < name.Length - 1 && name.Substring(colon + 1) != "latest";
    }
}
