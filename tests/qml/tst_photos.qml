import QtQuick
import QtQuick.Controls
import QtTest
import QtMultimedia
import StationOps.Core
import StationOps.Test

// #15 item 9: the photo picker is the tablet's, not the desktop's: large thumbnails of the
// tablet's pictures, newest first, 48 px targets, words in the current language, one tap.
StationTestCase {
    name: "Photos"

    function openIntakePicker() {
        signIn("1001", "2468")
        window.page = "incidents"
        tap("newIncident")
        // The photo button is near the end of the form: scroll to it as a finger would.
        const form = find("intakeForm")
        const button = find("intakePhoto")
        tryVerify(() => {
            mouseDrag(form, form.width / 2, form.height - 40, 0, -300)
            return button.mapToItem(form, 0, button.height).y <= form.height
        }, 5000, "the photo button is scrolled into view")
        tryVerify(() => !form.moving, 5000)
        tap("intakePhoto")
        const picker = find("incidentIntake").photoPicker
        tryVerify(() => picker.opened, 2000)
        return picker
    }

    function test_aPhotoIsChosenWithOneTap() {
        Station.picturesFolder = TestDevices.makePictures(5)
        const picker = openIntakePicker()
        const grid = find("photoGrid", picker.contentItem)
        tryCompare(grid, "count", 5)
        verify(!find("noPhotos", picker.contentItem).visible)
        const small = TestWatch.smallTargets(picker.contentItem, 48)
        verify(small.length === 0, small.join("\n"))
        // Thumbnails, not a list of names: each cell is large.
        const cell = find("photo_0", picker.contentItem)
        verify(cell.width >= 150 && cell.height >= 150, cell.width + "x" + cell.height)
        tap("photo_0", picker.contentItem)
        tryVerify(() => !picker.opened, 2000)
        // The intake form keeps the chosen photo until it is saved.
        const intake = find("incidentIntake")
        tryCompare(intake.photos, "length", 1)
        verify(String(intake.photos[0]).indexOf("IMG_0004") >= 0, "the newest first: " + intake.photos[0])
    }

    function test_anEmptyFolderSaysWhatToDo() {
        Language.setLanguage("zh_CN")
        Station.picturesFolder = TestDevices.makePictures(0)
        const picker = openIntakePicker()
        const empty = find("noPhotos", picker.contentItem)
        tryVerify(() => empty.visible, 2000)
        verify(/[\u3400-\u9fff]/.test(empty.text), empty.text)
        tap("photoPickerClose", picker.contentItem)
        tryVerify(() => !picker.opened, 2000)
        Language.setLanguage("en")
    }

    MediaDevices {
        id: devices
    }

    // The in-app camera is offered exactly where Qt Multimedia finds one; without one (as on the
    // build machines) the picker's pictures are all there is, and nothing warns.
    function test_theCameraIsOfferedOnlyWhereThereIsOne() {
        Station.picturesFolder = TestDevices.makePictures(2)
        const picker = openIntakePicker()
        const take = find("photoTake", picker.contentItem)
        const cameras = devices.videoInputs.length
        compare(picker.hasCamera, cameras > 0)
        compare(take.visible, cameras > 0)
        verify(find("photoGrid", picker.contentItem).visible)
        compare(find("cameraLoader", picker.contentItem).status, Loader.Null)
        tap("photoPickerClose", picker.contentItem)
        tryVerify(() => !picker.opened, 2000)
    }

    // The camera view itself: its shutter is large and under the thumb, it says plainly when the
    // camera cannot be used, and "choose a photo instead" goes back to the pictures.
    function test_theCameraViewGoesBackToThePictures() {
        Station.picturesFolder = TestDevices.makePictures(2)
        const picker = openIntakePicker()
        picker.cameraOn = true
        const loader = find("cameraLoader", picker.contentItem)
        tryCompare(loader, "status", Loader.Ready)
        verify(!find("photoGrid", picker.contentItem).visible)
        const shutter = find("cameraShutter", loader.item)
        verify(shutter.width >= 96 && shutter.height >= 96, shutter.width + "x" + shutter.height)
        const small = TestWatch.smallTargets(picker.contentItem, 48)
        verify(small.length === 0, small.join("\n"))
        if (devices.videoInputs.length === 0)
            verify(!shutter.enabled, "no camera: nothing to take a photo with")
        tap("cameraBack", loader.item)
        tryCompare(loader, "status", Loader.Null)
        verify(find("photoGrid", picker.contentItem).visible)
        compare(find("photoGrid", picker.contentItem).count, 2)
        tap("photoPickerClose", picker.contentItem)
        tryVerify(() => !picker.opened, 2000)
    }

    // The camera saves into the pictures folder under a new name, never over an earlier photo.
    function test_aNewPhotoGetsItsOwnFile() {
        const folder = TestDevices.makePictures(0)
        Station.picturesFolder = folder
        const first = Station.newPhotoFile()
        verify(("file://" + first).indexOf(String(folder)) === 0, first + " in " + folder)
        verify(/StationOps_\d{8}_\d{6}\.jpg$/.test(first), first)
        TestDevices.touch(first)
        const second = Station.newPhotoFile()
        verify(second !== first, second)
        verify(/StationOps_\d{8}_\d{6}_2\.jpg$/.test(second), second)
    }
}
