package org.sitmap.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.IntFunction;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageOutputStream;

/**
 * Writes an animated GIF (the situation day by day) that loops forever, each frame shown for a fixed time. Frames
 * are asked for one at a time, so a long series never holds more than one image; the file appears whole or not at
 * all (see {@link AtomicOutput}).
 *
 * <p>Stateless.
 */
public final class GifSeriesWriter {
    private GifSeriesWriter() {
    }

    /**
     * @param frame gives frame {@code i} of {@code count}, in order
     */
    public static void write(Path target, int delayMillis, int count, IntFunction<BufferedImage> frame)
            throws IOException {
        if (count < 1) {
            throw new IllegalArgumentException("A GIF needs at least one frame: " + count);
        }
        int delay = Math.max(1, delayMillis / 10);
        AtomicOutput.write(target, tmp -> {
            ImageWriter writer = ImageIO.getImageWritersByFormatName("gif").next();
            try (ImageOutputStream stream = ImageIO.createImageOutputStream(tmp.toFile())) {
                writer.setOutput(stream);
                writer.prepareWriteSequence(null);
                for (int i = 0; i < count; i++) {
                    BufferedImage rgb = toRgb(frame.apply(i));
                    writer.writeToSequence(new IIOImage(rgb, null, metadata(writer, rgb, delay, i == 0)),
                            writer.getDefaultWriteParam());
                }
                writer.endWriteSequence();
            } finally {
                writer.dispose();
            }
        });
    }

    private static BufferedImage toRgb(BufferedImage frame) {
        if (frame.getType() == BufferedImage.TYPE_INT_RGB) {
            return frame;
        }
        BufferedImage rgb = new BufferedImage(frame.getWidth(), frame.getHeight(), BufferedImage.TYPE_INT_RGB);
        rgb.createGraphics().drawImage(frame, 0, 0, null);
        return rgb;
    }

    private static IIOMetadata metadata(ImageWriter writer, BufferedImage rgb, int delayCentiseconds, boolean first)
            throws IOException {
        IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(rgb),
                writer.getDefaultWriteParam());
        String format = meta.getNativeMetadataFormatName();
        IIOMetadataNode root = (IIOMetadataNode) meta.getAsTree(format);
        IIOMetadataNode control = child(root, "GraphicControlExtension");
        control.setAttribute("disposalMethod", "none");
        control.setAttribute("userInputFlag", "FALSE");
        control.setAttribute("transparentColorFlag", "FALSE");
        control.setAttribute("delayTime", Integer.toString(delayCentiseconds));
        control.setAttribute("transparentColorIndex", "0");
        if (first) {
            // NETSCAPE2.0 application extension: loop forever.
            IIOMetadataNode app = new IIOMetadataNode("ApplicationExtension");
            app.setAttribute("applicationID", "NETSCAPE");
            app.setAttribute("authenticationCode", "2.0");
            app.setUserObject(new byte[] {1, 0, 0});
            child(root, "ApplicationExtensions").appendChild(app);
        }
        meta.setFromTree(format, root);
        return meta;
    }

    private static IIOMetadataNode child(IIOMetadataNode root, String name) {
        for (int i = 0; i < root.getLength(); i++) {
            if (root.item(i).getNodeName().equalsIgnoreCase(name)) {
                return (IIOMetadataNode) root.item(i);
            }
        }
        IIOMetadataNode node = new IIOMetadataNode(name);
        root.appendChild(node);
        return node;
    }
}
