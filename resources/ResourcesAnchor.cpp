// hattama_resources holds only Qt resources; this file gives the library one object.
namespace hattama {
int resourcesAnchor()
{
    return 0;
}
} // namespace hattama
