// Writes a large course in the module format (modules/README.md) for the load benchmark:
// SCREENS screens over modules of 100, IMAGES of them image screens with their own small
// PNG, every fifth screen a question, the rest Markdown text.
// Usage: primer_generate_course OUT_DIR [SCREENS=1000] [IMAGES=200]
#include <stb/stb_image_write.h>

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

constexpr int kScreensPerModule = 100;

std::string module_folder(int module) {
    char name[32];
    std::snprintf(name, sizeof name, "%03d-generated", module + 1);
    return name;
}

bool write_png(const fs::path& file, int seed) {
    constexpr int kWidth = 96, kHeight = 64;
    std::vector<unsigned char> pixels(kWidth * kHeight * 3);
    for (int y = 0; y < kHeight; ++y)
        for (int x = 0; x < kWidth; ++x) {
            unsigned char* p = &pixels[static_cast<size_t>((y * kWidth + x) * 3)];
            p[0] = static_cast<unsigned char>(x * 2 + seed);
            p[1] = static_cast<unsigned char>(y * 3 + seed * 7);
            p[2] = static_cast<unsigned char>((x ^ y) + seed * 13);
        }
    return stbi_write_png(file.string().c_str(), kWidth, kHeight, 3, pixels.data(), kWidth * 3) != 0;
}

void write_text_screen(std::ofstream& out, int n) {
    out << "[[screen]]\nid = \"text-" << n << "\"\nkind = \"text\"\ntitle = \"Reading " << n << "\"\n"
        << "body = \"\"\"\nParagraph with **bold** and *italic* words and a [link](https://example.org/" << n
        << ").\n\n- first point\n- second point\n  - nested point\n\n1. one\n2. two\n\"\"\"\n\n";
}

void write_image_screen(std::ofstream& out, int n, const std::string& image) {
    out << "[[screen]]\nid = \"image-" << n << "\"\nkind = \"image\"\ntitle = \"Picture " << n << "\"\n"
        << "image = \"media/" << image << "\"\nalt = \"A generated gradient, number " << n << "\"\n"
        << "caption = \"Generated image " << n << "\"\n\n";
}

void write_question_screen(std::ofstream& out, int n) {
    out << "[[screen]]\nid = \"question-" << n << "\"\nkind = \"single-choice\"\ntitle = \"Question " << n
        << "\"\nprompt = \"Which option is right?\"\nattempts = 2\n\n";
    for (int option = 0; option < 4; ++option)
        out << "[[screen.option]]\nid = \"option-" << option << "\"\ntext = \"Option " << option << "\"\n"
            << (option == 2 ? "correct = true\n" : "") << "feedback = \"Feedback for option " << option << "\"\n\n";
    out << "[screen.feedback]\ncorrect = \"Right.\"\nincorrect = \"Not this one.\"\n\n";
}

}  // namespace

int main(int argc, char** argv) {
    if (argc < 2) {
        std::fprintf(stderr, "usage: %s OUT_DIR [SCREENS=1000] [IMAGES=200]\n", argv[0]);
        return 2;
    }
    const fs::path root = argv[1];
    const int screens = argc > 2 ? std::atoi(argv[2]) : 1000;
    const int images = argc > 3 ? std::atoi(argv[3]) : 200;
    const int modules = (screens + kScreensPerModule - 1) / kScreensPerModule;
    // Image screens are spread evenly; every fifth of the others is a question.
    const int image_every = images > 0 ? screens / images : screens + 1;

    fs::create_directories(root);
    std::ofstream course(root / "course.toml");
    course << "format = 1\nid = \"generated\"\ntitle = \"Generated course\"\nversion = \"1\"\nmodules = [\n";
    for (int m = 0; m < modules; ++m) course << "  \"" << module_folder(m) << "\",\n";
    course << "]\n\n[[support]]\nname = \"Help desk\"\nphone = \"0800 000 000\"\n";

    int written_images = 0;
    for (int m = 0; m < modules; ++m) {
        fs::path folder = root / module_folder(m);
        fs::create_directories(folder / "media");
        std::ofstream module(folder / "module.toml");
        module << "id = \"module-" << m + 1 << "\"\ntitle = \"Generated module " << m + 1
               << "\"\noutcomes = [\"Read generated text\"]\n\n";
        for (int s = m * kScreensPerModule; s < std::min(screens, (m + 1) * kScreensPerModule); ++s) {
            if (s % image_every == 0 && written_images < images) {
                std::string image = "image-" + std::to_string(s) + ".png";
                if (!write_png(folder / "media" / image, s)) return 1;
                write_image_screen(module, s, image);
                ++written_images;
            } else if (s % 5 == 1) {
                write_question_screen(module, s);
            } else {
                write_text_screen(module, s);
            }
        }
    }
    std::printf("%s: %d screens in %d modules, %d images\n", root.string().c_str(), screens, modules, written_images);
    return 0;
}
