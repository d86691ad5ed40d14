using Microsoft.AspNetCore.Authorization;

namespace Trygghet.Portal.Core.Security;

public sealed record PermissionRequirement(string Permission) : IAuthorizationRequirement;
