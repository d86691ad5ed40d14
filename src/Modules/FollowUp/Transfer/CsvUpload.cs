using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Localization;

namespace Trygghet.Modules.FollowUp.Transfer;

/// <summary>Reads an uploaded CSV file the same way for every import: present, within the size limit, strict UTF-8
/// (a file saved as Windows-1252 would otherwise import with broken å, ä, ö).</summary>
internal static class CsvUpload
{
    public const int MaxBytes = 10 * 1024 * 1024;

    /// <returns>The text, or a message for the upload field.</returns>
    public static async Task<(string? Text, string? Problem)> ReadAsync(IFormFile? upload, IStringLocalizer t, CancellationToken cancellationToken)
    {
        if (upload is null || upload.Length == 0)
        {
            return (null, t["Välj en CSV-fil."]);
        }

        if (upload.Length > MaxBytes)
        {
            return (null, t["Filen är större än 10 MB."]);
        }

        try
        {
            using var reader = new StreamReader(upload.OpenReadStream(), new UTF8Encoding(false, throwOnInvalidBytes: true));
            return (await reader.ReadToEndAsync(cancellationToken), null);
        }
        catch (DecoderFallbackException)
        {
            return (null, t["Filen är inte UTF-8. Spara den som CSV UTF-8 och försök igen."]);
        }
    }
}
