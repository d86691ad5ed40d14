using Microsoft.EntityFrameworkCore;
using Trygghet.Modules.Media.Data;
using Trygghet.Modules.Media.Library;
using Trygghet.Portal.Core.Recipes;

namespace Trygghet.Modules.Media.Recipes;

/// <summary>{ "name": "Media", "folders": ["Nyheter"], "files": [ { "fileName", "base64", "folder", "alt" } ] }: folders
/// by name and files through the same checks as an upload. A file's URL is /media/{hash}/… with the hash of its
/// bytes, so a recipe that uses an image in content writes that URL (the first 32 hex digits of its SHA-256).</summary>
internal sealed class MediaStep(MediaDbContext db, MediaUploads uploads) : RecipeStep<MediaStep.Input>
{
    public override string Name => "Media";

    public override string ModuleName => MediaModule.ModuleName;

    protected override async Task ExecuteAsync(Input data, RecipeStepContext context, CancellationToken cancellationToken)
    {
        foreach (var name in data.Folders.Select(f => f.Trim()).Distinct(StringComparer.Ordinal))
        {
            if (!await db.Folders.AnyAsync(f => f.Name == name, cancellationToken))
            {
                db.Folders.Add(new MediaFolder { Name = name });
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        for (var i = 0; i < data.Files.Count; i++)
        {
            var input = data.Files[i];
            var at = $"files[{i}]";
            Guid? folder = null;
            if (input.Folder is { } folderName)
            {
                folder = await db.Folders.Where(f => f.Name == folderName).Select(f => (Guid?)f.Id).SingleOrDefaultAsync(cancellationToken);
                context.Require(folder is not null, at + ".folder", $"\"{folderName}\" finns inte bland 'folders'");
            }

            byte[] bytes;
            try
            {
                bytes = Convert.FromBase64String(input.Base64);
            }
            catch (FormatException)
            {
                throw context.Fail($"'{at}.base64' är inte giltig base64");
            }

            var result = await uploads.UploadAsync(input.FileName, bytes, folder, input.Alt, "recept", cancellationToken);
            context.Require(result.Status is null, at, result.Problem ?? string.Empty);
        }
    }

    internal sealed class Input
    {
        public List<string> Folders { get; init; } = [];

        public List<FileInput> Files { get; init; } = [];
    }

    internal sealed class FileInput
    {
        public required string FileName { get; init; }

        public required string Base64 { get; init; }

        public string? Folder { get; init; }

        public string? Alt { get; init; }
    }
}
